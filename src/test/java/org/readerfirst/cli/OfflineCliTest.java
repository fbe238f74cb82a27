package org.readerfirst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.NetworkWatch;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.DraftStore;

/**
 * A whole session of the command line, grammar loaded inside it, without one use of the network:
 * checking English and Finnish with grammar, saving to the database, publishing, backing up, exporting.
 */
class OfflineCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> errors = new ArrayList<>();

    private int run(String... args) {
        out.reset();
        err.reset();
        int status = new ReaderFirstCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]))
                .run(List.of(args));
        if (status > ReaderFirstCli.FINDINGS) {
            errors.add(String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        }
        return status;
    }

    @Test
    void a_session_of_the_command_line_never_touches_the_network() throws Exception {
        Path english = Files.writeString(dir.resolve("post.txt"),
                "Their is three things we learned this year. Comment YES if you agree!!!", StandardCharsets.UTF_8);
        Path finnish = Files.writeString(dir.resolve("paivitys.txt"),
                "Kolme asiaa, jotka opimme tänä vuonna asiakastyöstä: kuuntele ensin, kirjoita sitten.",
                StandardCharsets.UTF_8);
        Path db = dir.resolve("drafts.db");
        String json;
        try (NetworkWatch watch = NetworkWatch.start()) {
            run("check", "--format", "json", english.toString());
            json = out.toString(StandardCharsets.UTF_8);
            run("check", "--format", "json", finnish.toString());
            long id;
            try (DraftStore store = DraftStore.open(db)) {
                id = store.create("Three things", Files.readString(english), ContentType.POST, Language.AUTO).id();
            }
            run("drafts", "list", "--db", db.toString());
            run("drafts", "publish", Long.toString(id), "--db", db.toString());
            run("cadence", "--format", "json", "--db", db.toString());
            run("report", "--format", "html", "--db", db.toString());
            run("check", "--db", db.toString(), english.toString());
            run("drafts", "backup", dir.resolve("backup.db").toString(), "--db", db.toString());
            run("export", "--to", "linkedin", "--out", dir.resolve("post-linkedin.txt").toString(), english.toString());
            run("export", "--to", "html", "--type", "article", "--out", dir.resolve("article.html").toString(),
                    finnish.toString());
            assertEquals(List.of(), watch.attempts(), "network use during the session");
        }
        assertEquals(List.of(), errors);
        // The session did the real work, grammar included.
        assertTrue(json.contains("\"category\":\"grammar\""), json);
        assertTrue(Files.size(dir.resolve("backup.db")) > 0);
        assertTrue(Files.readString(dir.resolve("article.html")).contains("asiakastyöstä"));
    }

    @Test
    void the_watch_catches_a_connection() throws Exception {
        try (NetworkWatch watch = NetworkWatch.start()) {
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress("127.0.0.1", 9), 200);
            } catch (SecurityException | java.io.IOException expected) {
                // refused by the watch
            }
            assertEquals(1, watch.attempts().size(), watch.attempts().toString());
        }
    }
}
