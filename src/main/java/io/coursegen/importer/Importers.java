package io.coursegen.importer;

import java.util.List;
import java.util.Optional;

/** The importers, one per source format; the {@code import} command offers exactly these. */
public final class Importers {
    public static final List<Importer> ALL = List.of(new MdBookImporter(), new MkDocsImporter(), new FolderImporter());

    private Importers() {}

    public static Optional<Importer> byFormat(String format) {
        return ALL.stream().filter(i -> i.format().equals(format)).findFirst();
    }

    public static List<String> formats() {
        return ALL.stream().map(Importer::format).toList();
    }
}
