package io.coursegen.write;

import io.coursegen.lms.Cmi5Package;
import io.coursegen.lms.ScormPackage;
import io.coursegen.lms.ScormStandard;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every output format, in the order {@code --help} lists them; the first is the default. */
public final class OutputFormats {
    /** The one list a new format is registered in. */
    public static final List<OutputFormat> ALL = List.of(new FolderOutput(), new ZipOutput(),
            new ScormPackage(ScormStandard.SCORM_12), new ScormPackage(ScormStandard.SCORM_2004), new Cmi5Package());

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
