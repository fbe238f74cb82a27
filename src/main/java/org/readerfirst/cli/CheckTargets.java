package org.readerfirst.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The files {@code check} is given, with each folder replaced by the {@code .txt} and {@code .md} files
 * inside it, at any depth, in the order of their paths. Links are followed only to files inside the
 * folder; a linked folder is not entered. What cannot be listed stays in the list as its problem, to
 * be told in one line in its place.
 */
final class CheckTargets {

    /** A file to check, or ({@code problem} not null) the one line saying what could not be listed. */
    record Target(String file, String problem) {
    }

    private final List<Target> targets = new ArrayList<>();

    private CheckTargets() {
    }

    static List<Target> expand(List<String> names) {
        CheckTargets t = new CheckTargets();
        for (String name : names) {
            Path path = name.equals("-") ? null : pathOrNull(name);
            if (path != null && Files.isDirectory(path)) {
                t.folder(name, path);
            } else {
                t.targets.add(new Target(name, null));
            }
        }
        return List.copyOf(t.targets);
    }

    static boolean isDraft(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md");
    }

    private void folder(String name, Path root) {
        List<Path> found = new ArrayList<>();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isDraft(file) && (attrs.isRegularFile() || linksInside(file, realRoot))) {
                        found.add(root.relativize(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    tell(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            tell(name + ": cannot be read (" + e.getMessage() + ")");
            return;
        }
        if (found.isEmpty()) {
            tell(name + ": is a folder with no .txt or .md files");
        }
        found.sort(null);
        for (Path p : found) {
            targets.add(new Target(root.resolve(p).toString(), null));
        }
    }

    /** A link to a regular file that lies inside the folder being checked. */
    private static boolean linksInside(Path link, Path realRoot) {
        if (!Files.isSymbolicLink(link)) {
            return false;
        }
        try {
            Path target = link.toRealPath();
            return target.startsWith(realRoot) && Files.isRegularFile(target);
        } catch (IOException e) {
            return false;
        }
    }

    private void tell(String message) {
        targets.add(new Target(null, message));
    }

    private static Path pathOrNull(String name) {
        try {
            return Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
