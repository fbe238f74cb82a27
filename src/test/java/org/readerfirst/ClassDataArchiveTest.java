package org.readerfirst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    @TempDir
    Path dir;

    @Test
    void the_first_start_writes_the_archive_at_exit_and_the_next_one_uses_it() throws Exception {
        Path jar = Files.writeString(dir.resolve("readerfirst.jar"), "jar");
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache);
        Path older = Files.writeString(cache.resolve(ClassDataArchive.WINDOW + "-0011223344556677.jsa"), "old jar's");
        Path checks = Files.writeString(cache.resolve(ClassDataArchive.CHECK + "-8899aabbccddeeff.jsa"), "check's");

        ClassDataArchive first = ClassDataArchive.forJar(ClassDataArchive.WINDOW, jar.toString(), cache, "17.0.1", 41).orElseThrow();
        List<String> writing = first.options();
        assertEquals(2, writing.size(), writing.toString());
        assertTrue(writing.get(0).startsWith("-XX:ArchiveClassesAtExit="), writing.toString());
        Path pending = Path.of(writing.get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(pending, "classes");

        first.settle(0);

        assertTrue(Files.isRegularFile(first.archive()));
        assertFalse(Files.exists(pending));
        assertFalse(Files.exists(older), "an archive of another jar is removed");
        assertTrue(Files.exists(checks), "a check's archive is the check's");
        ClassDataArchive next = ClassDataArchive.forJar(ClassDataArchive.WINDOW, jar.toString(), cache, "17.0.1", 42).orElseThrow();
        assertEquals(List.of("-XX:SharedArchiveFile=" + first.archive(), ClassDataArchive.QUIET), next.options());
    }

    @Test
    void a_check_that_found_something_still_keeps_its_archive() throws Exception {
        Path jar = Files.writeString(dir.resolve("readerfirst.jar"), "jar");
        ClassDataArchive archive = ClassDataArchive.forJar(ClassDataArchive.CHECK, jar.toString(), dir.resolve("cache"),
                "17", 8).orElseThrow();
        Path pending = Path.of(archive.options().get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(pending, "classes");

        archive.settle(1);

        assertTrue(Files.isRegularFile(archive.archive()));
        assertTrue(archive.archive().getFileName().toString().startsWith("check-"));
    }

    @Test
    void an_archive_from_a_jvm_that_did_not_end_cleanly_is_thrown_away() throws Exception {
        Path jar = Files.writeString(dir.resolve("readerfirst.jar"), "jar");
        ClassDataArchive archive = ClassDataArchive.forJar(ClassDataArchive.WINDOW, jar.toString(), dir.resolve("cache"), "17", 7).orElseThrow();
        Path pending = Path.of(archive.options().get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(pending, "half");

        archive.settle(137);

        assertFalse(Files.exists(pending));
        assertFalse(Files.exists(archive.archive()));
    }

    @Test
    void another_jar_or_another_java_gets_its_own_archive() throws Exception {
        Path jar = Files.writeString(dir.resolve("readerfirst.jar"), "jar");
        Path cache = dir.resolve("cache");
        Path one = ClassDataArchive.forJar(ClassDataArchive.WINDOW, jar.toString(), cache, "17.0.1", 1).orElseThrow().archive();

        assertNotEquals(one, ClassDataArchive.forJar(ClassDataArchive.WINDOW, jar.toString(), cache, "17.0.2", 1).orElseThrow().archive());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
        assertNotEquals(one, ClassDataArchive.forJar(ClassDataArchive.WINDOW, jar.toString(), cache, "17.0.1", 1).orElseThrow().archive());
    }

    @Test
    void classes_from_folders_or_several_jars_get_no_archive() {
        assertTrue(ClassDataArchive.forJar(ClassDataArchive.WINDOW, "target/classes", dir, "17", 1).isEmpty());
        assertTrue(ClassDataArchive.forJar(ClassDataArchive.WINDOW, "a.jar" + java.io.File.pathSeparator + "b.jar", dir, "17", 1).isEmpty());
        assertTrue(ClassDataArchive.forJar(ClassDataArchive.WINDOW, dir.resolve("missing.jar").toString(), dir, "17", 1).isEmpty());
    }

    @Test
    void a_half_written_archive_whose_jvm_is_gone_is_removed_at_the_next_start() throws Exception {
        Path jar = Files.writeString(dir.resolve("readerfirst.jar"), "jar");
        Path cache = Files.createDirectories(dir.resolve("cache"));
        long alive = ProcessHandle.current().pid();
        Path orphan = Files.writeString(cache.resolve(ClassDataArchive.WINDOW + "-0011223344556677.999999999.tmp"), "x");
        Path running = Files.writeString(cache.resolve(ClassDataArchive.WINDOW + "-0011223344556677." + alive + ".tmp"), "x");

        ClassDataArchive.forJar(ClassDataArchive.WINDOW, jar.toString(), cache, "17", 5).orElseThrow().options();

        assertFalse(Files.exists(orphan));
        assertTrue(Files.exists(running), "a JVM still running may still write its archive");
    }
}
