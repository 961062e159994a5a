package io.coursegen.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * One-way fingerprints of the course sources' word shingles, so the own-words test can run in
 * any clone without the source texts.
 *
 * <p>A fingerprint is the first 8 bytes of SHA-256 over {@value #DOMAIN} followed by the
 * normalized shingle (see {@link Shingles}). The file keeps only these numbers, sorted and
 * deduplicated, one per line in hex: the sources cannot be read back from it, and with 64 bits
 * the chance that any of the course's few tens of thousands of shingles collides with one of the
 * sources' few thousand by accident is below one in ten million.
 */
final class SourceFingerprints {

    /** Domain prefix: the same shingle hashed for another purpose gives another number. */
    static final String DOMAIN = "coursegen own-words v1\n";

    private final long[] sorted;

    private SourceFingerprints(long[] sorted) {
        this.sorted = sorted;
    }

    /** Fingerprints of every {@code n}-word shingle of the given texts. */
    static SourceFingerprints of(Collection<String> texts, int n) {
        return new SourceFingerprints(Shingles.index(texts, n).stream()
                .mapToLong(SourceFingerprints::fingerprint).sorted().distinct().toArray());
    }

    /** Reads a file written by {@link #write}; lines starting with {@code #} are comments. */
    static SourceFingerprints read(Path file) throws IOException {
        long[] values = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .mapToLong(line -> Long.parseUnsignedLong(line, 16))
                .sorted().distinct().toArray();
        return new SourceFingerprints(values);
    }

    /** Writes the fingerprints, one per line in hex, after the given comment lines. */
    void write(Path file, List<String> comments) throws IOException {
        List<String> lines = new ArrayList<>();
        comments.forEach(comment -> lines.add("# " + comment));
        for (long value : sorted) {
            lines.add(HexFormat.of().toHexDigits(value));
        }
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Whether a normalized shingle's fingerprint is among these. */
    boolean contains(String shingle) {
        return Arrays.binarySearch(sorted, fingerprint(shingle)) >= 0;
    }

    int size() {
        return sorted.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFingerprints that && Arrays.equals(sorted, that.sorted);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sorted);
    }

    static long fingerprint(String shingle) {
        byte[] digest = sha256().digest((DOMAIN + shingle).getBytes(StandardCharsets.UTF_8));
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (digest[i] & 0xff);
        }
        return value;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
