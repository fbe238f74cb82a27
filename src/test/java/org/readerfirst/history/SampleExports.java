package org.readerfirst.history;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The made-up exports under src/test/resources/linkedin-export, as folders and zipped as LinkedIn sends them. */
final class SampleExports {

    private SampleExports() {
    }

    /** The folder of the sample export {@code name} (current, newer, older, oldest, broken). */
    static Path folder(String name) {
        try {
            return Path.of(SampleExports.class.getResource("/linkedin-export/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample export zipped into {@code zip}, its files inside a folder named as LinkedIn names its ZIP. */
    static Path zip(String name, Path zip) {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
                Stream<Path> files = Files.list(folder(name))) {
            for (Path f : files.sorted().toList()) {
                z.putNextEntry(new ZipEntry("Complete_LinkedInDataExport_07-01-2025/" + f.getFileName()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }

    /** The bytes of {@code zip} without its last {@code bytes}, as a download cut short leaves it. */
    static Path truncated(Path zip, int bytes, Path into) {
        try {
            byte[] all = Files.readAllBytes(zip);
            return Files.write(into, java.util.Arrays.copyOf(all, all.length - bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names(List<ImportProblem> problems) {
        return problems.stream().map(ImportProblem::message).toList();
    }
}
