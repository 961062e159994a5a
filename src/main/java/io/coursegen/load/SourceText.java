package io.coursegen.load;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.SourceRef;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads course files as text the same way everywhere: strict UTF-8 (a bad byte is an error at its
 * position, never silently replaced), a leading byte-order mark dropped, and CRLF or CR line endings
 * turned into LF, so a file saved on Windows builds the same site as one saved on Linux.
 */
public final class SourceText {
    /** Larger files are refused: no course text needs this much, and parsers should not see it. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private SourceText() {}

    /** Reads {@code file} (shown to authors as {@code relPath}); empty if it could not be read. */
    public static Optional<String> read(Path file, String relPath, Diagnostics diagnostics) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diagnostics.error(SourceRef.file(relPath),
                        "file is " + size + " bytes; the limit is " + MAX_BYTES + " bytes, split it into smaller files");
                return Optional.empty();
            }
            return decode(Files.readAllBytes(file), relPath, diagnostics);
        } catch (IOException e) {
            diagnostics.error(SourceRef.file(relPath), "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Decodes {@code bytes} as UTF-8 and normalizes it; reports the first invalid byte's position. */
    public static Optional<String> decode(byte[] bytes, String relPath, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            diagnostics.error(invalidBytePosition(bytes, relPath),
                    "invalid UTF-8 byte sequence; save the file as UTF-8");
            return Optional.empty();
        }
        return Optional.of(normalize(text));
    }

    /** Drops a byte-order mark and turns CRLF and lone CR into LF. */
    static String normalize(String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.indexOf('\r') < 0) return text;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Finds the first byte that does not decode, by decoding step by step, and gives its line:col. */
    private static SourceRef invalidBytePosition(byte[] bytes, String relPath) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        out.flip();
        String good = normalize(out.toString());
        int line = 1;
        int col = 1;
        for (int i = 0; i < good.length(); i++) {
            if (good.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new SourceRef(relPath, line, col);
    }
}
