package io.coursegen.write;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every output format, in the order {@code --help} lists them; the first is the default. */
public final class OutputFormats {
    /** The one list a new format is registered in. */
    public static final List<OutputFormat> ALL = List.of(new FolderOutput(), new ZipOutput());

    private OutputFormats() {}

    public static OutputFormat defaultFormat() {
        return ALL.get(0);
    }

    /** The format called {@code name}, if there is one. */
    public static Optional<OutputFormat> named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The names, for messages: {@code `site`, `zip`}. */
    public static String names() {
        return ALL.stream().map(f -> "`" + f.name() + "`").collect(Collectors.joining(", "));
    }
}
