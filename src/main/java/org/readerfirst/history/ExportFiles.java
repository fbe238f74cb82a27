package org.readerfirst.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.readerfirst.history.ImportProblem.Kind;

/**
 * The files the import reads, taken from a ZIP as LinkedIn sends it or from the folder it was unpacked
 * to. A file is found by its name in any letter case (the export of 2018 wrote "Messages.csv", later
 * ones "messages.csv"), in the top folder or below (unpacking often adds a folder); the one nearest the
 * top wins. Only those files are read into memory, never the media an export may hold.
 */
final class ExportFiles {

    /** A file of the export: its name as the export spells it, and its bytes. */
    record ExportFile(String name, byte[] bytes) {
    }

    private static final int DEEPEST = 4;

    private final Set<String> wanted;
    private final Map<String, ExportFile> files = new HashMap<>();
    private final Map<String, Integer> depths = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    private ExportFiles(Set<String> wanted) {
        this.wanted = wanted;
    }

    /**
     * Reads the {@code wanted} files (lower-case names) from the ZIP or folder at {@code path}; what
     * cannot be read is among {@link #problems()}. A CSV file of the export given itself stands for its folder.
     */
    static ExportFiles open(Path path, Set<String> wanted) {
        ExportFiles export = new ExportFiles(wanted);
        String shown = String.valueOf(path.getFileName());
        if (Files.isDirectory(path)) {
            export.readFolder(path);
        } else if (Files.isRegularFile(path)) {
            if (wanted.contains(lower(shown)) && path.toAbsolutePath().getParent() != null) {
                export.readFolder(path.toAbsolutePath().getParent());
            } else {
                export.readZip(path, shown);
            }
        } else {
            export.problems.add(ImportProblem.ofFile(Kind.NOT_AN_EXPORT, shown, "there is no such file or folder."));
        }
        return export;
    }

    Optional<ExportFile> file(String lowerCaseName) {
        return Optional.ofNullable(files.get(lowerCaseName));
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    List<ImportProblem> problems() {
        return problems;
    }

    private void readFolder(Path folder) {
        try (Stream<Path> tree = Files.walk(folder, DEEPEST)) {
            for (Path p : tree.filter(Files::isRegularFile).toList()) {
                String name = lower(String.valueOf(p.getFileName()));
                int depth = folder.relativize(p).getNameCount();
                if (wanted.contains(name) && isNearer(name, depth)) {
                    String shown = folder.relativize(p).toString().replace('\\', '/');
                    try {
                        keep(name, depth, new ExportFile(shown, Files.readAllBytes(p)));
                    } catch (IOException e) {
                        problems.add(ImportProblem.ofFile(Kind.UNREADABLE_FILE, shown, "cannot be read (" + reason(e) + ")."));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(ImportProblem.ofFile(Kind.UNREADABLE_FILE, String.valueOf(folder.getFileName()),
                    "the folder cannot be read (" + reason(e) + ")."));
        }
    }

    private void readZip(Path zip, String shown) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entryName(entry);
                int depth = depth(entry);
                if (!entry.isDirectory() && wanted.contains(name) && isNearer(name, depth)) {
                    try (InputStream in = archive.getInputStream(entry)) {
                        keep(name, depth, new ExportFile(entry.getName(), in.readAllBytes()));
                    } catch (IOException e) {
                        problems.add(ImportProblem.ofFile(Kind.UNREADABLE_FILE, entry.getName(),
                                "is damaged in the archive (" + reason(e) + ")."));
                    }
                }
            }
        } catch (ZipException e) {
            // No directory at the end: a download cut short, or no ZIP at all. Read what stands before.
            salvage(zip, shown, e);
        } catch (NoSuchFileException e) {
            problems.add(ImportProblem.ofFile(Kind.NOT_AN_EXPORT, shown, "there is no such file or folder."));
        } catch (IOException e) {
            problems.add(ImportProblem.ofFile(Kind.UNREADABLE_FILE, shown, "cannot be read (" + reason(e) + ")."));
        }
    }

    /** Reads the entries one after the other from the start, as far as they are whole. */
    private void salvage(Path zip, String shown, ZipException first) {
        int entries = 0;
        String last = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries++;
                String name = entryName(entry);
                int depth = depth(entry);
                // Every entry is read to its end, so that a damaged one shows here and not in the next.
                byte[] bytes = in.readAllBytes();
                if (!entry.isDirectory() && wanted.contains(name) && isNearer(name, depth)) {
                    keep(name, depth, new ExportFile(entry.getName(), bytes));
                }
                last = entry.getName();
            }
            if (entries == 0) {
                problems.add(ImportProblem.ofFile(Kind.DAMAGED_ARCHIVE, shown,
                        "is not a ZIP archive or is damaged beyond reading (" + reason(first) + ")."));
            } else {
                problems.add(ImportProblem.ofFile(Kind.DAMAGED_ARCHIVE, shown, "the archive is damaged at its end ("
                        + reason(first) + "); the files before the damage were read."));
            }
        } catch (IOException e) {
            problems.add(ImportProblem.ofFile(Kind.DAMAGED_ARCHIVE, shown, "the archive is damaged"
                    + (last == null ? " from its start" : " after " + last) + " (" + reason(e)
                    + "); the files before the damage were read."));
        }
    }

    private boolean isNearer(String name, int depth) {
        return depth < depths.getOrDefault(name, Integer.MAX_VALUE);
    }

    private void keep(String name, int depth, ExportFile file) {
        files.put(name, file);
        depths.put(name, depth);
    }

    private static String entryName(ZipEntry entry) {
        String path = entry.getName().replace('\\', '/');
        return lower(path.substring(path.lastIndexOf('/', path.length() - 2) + 1));
    }

    private static int depth(ZipEntry entry) {
        return (int) entry.getName().replace('\\', '/').chars().filter(c -> c == '/').count() + 1;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
