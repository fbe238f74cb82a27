package org.readerfirst;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A class-data archive for the window's JVM: the classes the window loads, parsed and checked once and
 * then mapped from one file, which takes about a third off the start. The first start from a jar
 * writes it as the window closes; later starts use it. It belongs to one jar and one Java: a rebuilt
 * jar or another Java makes a new one and the old one is removed. It lives in the cache folder and
 * can always be deleted.
 */
final class ClassDataArchive {

    static final String PREFIX = "window-";

    /** Java's notes about the archive (a class it cannot hold, an archive it cannot use) say nothing to a writer. */
    static final String QUIET = "-Xlog:cds=off,cds+dynamic=off";

    private final Path folder;
    private final Path archive;
    private final Path pending;

    private ClassDataArchive(Path folder, Path archive, Path pending) {
        this.folder = folder;
        this.archive = archive;
        this.pending = pending;
    }

    /**
     * The archive for a class path that is one jar, else empty (Java archives only classes from jars).
     *
     * @param pid the running process, so that two first starts never write one file
     */
    static Optional<ClassDataArchive> forJar(String classPath, Path cacheFolder, String javaVersion, long pid) {
        if (classPath == null || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        try {
            if (!Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            String key = jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|" + javaVersion;
            String name = PREFIX + HexFormat.of().formatHex(sha256(key), 0, 8);
            return Optional.of(new ClassDataArchive(cacheFolder, cacheFolder.resolve(name + ".jsa"),
                    cacheFolder.resolve(name + "." + pid + ".tmp")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The JVM options that use the archive, or write it at exit when there is none yet; none if the folder cannot be made. */
    List<String> options() {
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, QUIET);
        }
        try {
            if (!Files.isDirectory(folder)) {
                if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(folder,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
            return List.of("-XX:ArchiveClassesAtExit=" + pending, QUIET);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * After the window's JVM has ended: a cleanly written archive takes its place and older ones go;
     * one from a JVM that did not end cleanly may be cut short and is removed.
     */
    void settle(int exitStatus) {
        try {
            if (!Files.isRegularFile(pending)) {
                return;
            }
            if (exitStatus != 0 || Files.size(pending) == 0) {
                Files.deleteIfExists(pending);
                return;
            }
            try {
                Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(pending, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, PREFIX + "*.jsa")) {
                for (Path p : old) {
                    if (!p.equals(archive)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only a faster start is lost; the next start tries again.
        }
    }

    Path archive() {
        return archive;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
