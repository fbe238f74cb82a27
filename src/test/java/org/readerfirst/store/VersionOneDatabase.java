package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.readerfirst.core.model.Draft;

/**
 * A database as ReaderFirst with schema version 1 left it. The statements are copied here on purpose:
 * they stand for files already on writers' disks, so they must not follow later edits to {@link Schema}.
 */
final class VersionOneDatabase {

    private static final String[] STATEMENTS = {
        """
        CREATE TABLE drafts (
            id       INTEGER PRIMARY KEY,
            title    TEXT NOT NULL,
            body     TEXT NOT NULL,
            type     TEXT NOT NULL,
            language TEXT NOT NULL,
            created  TEXT NOT NULL,
            updated  TEXT NOT NULL
        )""",
        "CREATE INDEX drafts_by_updated ON drafts (updated)",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "PRAGMA user_version = 1",
        "PRAGMA application_id = " + 0x52644672,
    };

    // Version 1's time format: fixed width, always three digits of milliseconds.
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private VersionOneDatabase() {
    }

    /** Creates the file with the version 1 layout, in WAL mode as version 1 left it. */
    static void create(Path file) throws SQLException {
        try (Connection c = RawSql.connect(file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("BEGIN IMMEDIATE");
            for (String sql : STATEMENTS) {
                st.execute(sql);
            }
            st.execute("COMMIT");
        }
    }

    /** Inserts the draft with its id and times exactly as given, as version 1 stored them. */
    static void insert(Path file, Draft draft) throws SQLException {
        String sql = "INSERT INTO drafts (id, title, body, type, language, created, updated)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = RawSql.connect(file); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, draft.id());
            ps.setString(2, draft.title());
            ps.setString(3, draft.body());
            ps.setString(4, draft.type().id());
            ps.setString(5, draft.language().id());
            ps.setString(6, TIME.format(draft.created()));
            ps.setString(7, TIME.format(draft.updated()));
            ps.executeUpdate();
        }
    }
}
