package org.entente.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.entente.pipeline.SeedFixture;

/** The seed article's network written once per test JVM in every network format, under {@code <build>/e2e/exports/}. */
final class SeedExports {
    private static Map<ExportFormat, Path> files;

    private SeedExports() {
    }

    static synchronized Path file(ExportFormat format) throws IOException {
        if (files == null) {
            Path dir = ExportTestSupport.artifacts("exports");
            Map<ExportFormat, Path> written = new EnumMap<>(ExportFormat.class);
            for (ExportFormat f : ExportFormat.values()) {
                if (f.isNetwork()) {
                    Path file = dir.resolve("seed." + f.extension());
                    GraphExport.create().dataset(SeedFixture.store().dataset()).format(f).build().writeTo(file);
                    written.put(f, file);
                }
            }
            files = written;
        }
        return files.get(format);
    }
}
