package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database as ReaderFirst with schema version 2 left it: version 1's file with migration 2 applied.
 * The statements are copied on purpose, like {@link VersionOneDatabase}'s: they stand for files on disks.
 */
final class VersionTwoDatabase {

    private static final String[] MIGRATION_2 = {
        """
        CREATE TABLE audiences (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL UNIQUE,
            description TEXT NOT NULL,
            interests   TEXT NOT NULL,
            language    TEXT NOT NULL
        )""",
        "ALTER TABLE drafts ADD COLUMN audience_id INTEGER REFERENCES audiences (id) ON DELETE SET NULL",
        "CREATE INDEX drafts_by_audience ON drafts (audience_id)",
        """
        CREATE TABLE dismissals (
            draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
            rule_id  TEXT NOT NULL,
            text     TEXT NOT NULL,
            created  TEXT NOT NULL,
            PRIMARY KEY (draft_id, rule_id, text)
        )""",
        "PRAGMA user_version = 2",
    };

    private VersionTwoDatabase() {
    }

    static void create(Path file) throws SQLException {
        VersionOneDatabase.create(file);
        try (Connection c = RawSql.connect(file); Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            for (String sql : MIGRATION_2) {
                st.execute(sql);
            }
            st.execute("COMMIT");
        }
    }
}
