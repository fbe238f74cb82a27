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
 * A class-data archive for a second JVM (the window's, or a batch check's): the classes it loads,
 * parsed and checked once and then mapped from one file, which takes a good part off the start. The
 * first run from a jar writes it as the JVM ends; later runs use it. It belongs to one use, one jar
 * and one Java: a rebuilt jar or another Java makes a new one and the old one is removed. It lives in
 * the cache folder and can always be deleted.
 */
final class ClassDataArchive {

    /** The window's archive; a batch check's is {@link #CHECK}. */
    static final String WINDOW = "window";
    static final String CHECK = "check";

    /** Java's notes about the archive (a class it cannot hold, an archive it cannot use) say nothing to a writer. */
    static final String QUIET = "-Xlog:cds=off,cds+dynamic=off";

    private final String use;
    private final Path folder;
    private final Path archive;
    private final Path pending;

    private ClassDataArchive(String use, Path folder, Path archive, Path pending) {
        this.use = use;
        this.folder = folder;
        this.archive = archive;
        this.pending = pending;
    }

    /**
     * The archive for a class path that is one jar, else empty (Java archives only classes from jars).
     *
     * @param use {@link #WINDOW} or {@link #CHECK}: each loads its own classes
     * @param pid the running process, so that two first starts never write one file
     */
    static Optional<ClassDataArchive> forJar(String use, String classPath, Path cacheFolder, String javaVersion,
            long pid) {
        if (classPath == null || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        try {
            if (!Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            String key = jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|" + javaVersion;
            String name = use + "-" + HexFormat.of().formatHex(sha256(key), 0, 8);
            return Optional.of(new ClassDataArchive(use, cacheFolder, cacheFolder.resolve(name + ".jsa"),
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
            removeOrphans();
            return List.of("-XX:ArchiveClassesAtExit=" + pending, QUIET);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * After the second JVM has ended: a written archive takes its place and older ones of the same use
     * go; one from a JVM killed by a signal may be cut short and is removed.
     */
    void settle(int exitStatus) {
        try {
            if (!Files.isRegularFile(pending)) {
                return;
            }
            // A JVM that ended by itself (a check exits 1 when it found something) wrote all of it;
            // one ended by a signal (128 and up) may have been cut short.
            if (exitStatus < 0 || exitStatus >= 128 || Files.size(pending) == 0) {
                Files.deleteIfExists(pending);
                return;
            }
            try {
                Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(pending, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, use + "-*.jsa")) {
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

    /**
     * Archives half written by a JVM whose starter was killed before it could settle them (its
     * process is gone): tens of MB each that nothing else would remove.
     */
    private void removeOrphans() {
        try (DirectoryStream<Path> pendings = Files.newDirectoryStream(folder, use + "-*.tmp")) {
            for (Path p : pendings) {
                String[] parts = p.getFileName().toString().split("\\.");
                long pid = parts.length == 3 ? parseOrZero(parts[1]) : 0;
                if (pid == 0 || ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only disk space is at stake; the next start tries again.
        }
    }

    private static long parseOrZero(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return 0;
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
