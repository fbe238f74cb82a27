package org.readerfirst.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.readerfirst.core.model.Draft;

/**
 * What a kill left behind: the database as the killed process left it and the journal of
 * {@code org.readerfirst.ui.app.TypingUnderKill}. Prints one line and exits 0 if the database is sound
 * and its draft holds the start of what was typed, 1 if not:
 * <pre>
 * ok typed=T taken=E saved=S lost=K age=A lag=L
 * corrupt typed=T why
 * </pre>
 * {@code typed} keystrokes were typed, the editor had taken {@code taken} of them and the database
 * holds {@code saved}; {@code lost} were typed but are not on disk. {@code age} is how long the oldest
 * text the editor held but had not saved had been there at the kill: what the autosave promises to
 * keep short. {@code lag} is how long the oldest key the editor had not taken yet had been waiting for
 * the busy app. Both are milliseconds, 0 when there is no such text or key.
 *
 * <p>Run as {@code KillCheck DATABASE JOURNAL KILL-EPOCH-MILLIS}.
 */
public final class KillCheck {

    private KillCheck() {
    }

    /**
     * The journal: the text being typed, when each keystroke was typed, and when the editor first held
     * each length of text ({@code taken.get(n - 1)} for n characters).
     */
    record Journal(String text, List<Long> typed, List<Long> taken) {

        static Journal read(Path file) throws IOException {
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
            if (!lines[0].startsWith("text ")) {
                throw new IOException(file + " does not start with the typed text");
            }
            List<Long> typed = new ArrayList<>();
            List<Long> taken = new ArrayList<>();
            // The last piece is empty or a line the process died in the middle of: not counted.
            for (int i = 1; i < lines.length - 1; i++) {
                String[] parts = lines[i].split(" ");
                if (parts.length == 3 && parts[0].equals("editor")) {
                    while (taken.size() < Integer.parseInt(parts[1])) {
                        taken.add(Long.parseLong(parts[2]));
                    }
                } else if (parts.length == 2 && parts[0].equals(Integer.toString(typed.size()))) {
                    typed.add(Long.parseLong(parts[1]));
                } else {
                    throw new IOException(file + ", line " + (i + 1) + " is neither keystroke " + typed.size()
                            + " nor the editor's length: " + lines[i]);
                }
            }
            return new Journal(lines[0].substring("text ".length()), typed, taken);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: KillCheck DATABASE JOURNAL KILL-EPOCH-MILLIS");
            System.exit(64);
        }
        Path database = Path.of(args[0]);
        Journal journal = Journal.read(Path.of(args[1]));
        long killedAt = Long.parseLong(args[2]);
        String verdict = verdict(database, journal, killedAt);
        System.out.println(verdict);
        System.exit(verdict.startsWith("ok ") ? 0 : 1);
    }

    static String verdict(Path database, Journal journal, long killedAt) {
        int typed = journal.typed().size();
        String integrity = integrityCheck(database);
        if (!"ok".equals(integrity)) {
            return "corrupt typed=" + typed + " integrity_check: " + integrity;
        }
        String saved;
        try (DraftStore store = DraftStore.open(database)) {
            List<Draft> drafts = store.list();
            if (drafts.size() != 1) {
                return "corrupt typed=" + typed + " " + drafts.size() + " drafts instead of the one typed into";
            }
            saved = drafts.get(0).body();
        } catch (StoreException e) {
            return "corrupt typed=" + typed + " the app cannot open it: " + e.getMessage();
        }
        if (saved.length() > typed || !journal.text().startsWith(saved)) {
            return "corrupt typed=" + typed + " the saved text is not what was typed: " + saved;
        }
        int taken = journal.taken().size();
        long age = saved.length() < taken ? killedAt - journal.taken().get(saved.length()) : 0;
        long lag = taken < typed ? killedAt - journal.typed().get(taken) : 0;
        return "ok typed=" + typed + " taken=" + taken + " saved=" + saved.length() + " lost="
                + (typed - saved.length()) + " age=" + age + " lag=" + lag;
    }

    /** {@code PRAGMA integrity_check} on the file as the kill left it, before the store opens it. */
    private static String integrityCheck(Path database) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath().toUri());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return String.join("; ", rows);
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
