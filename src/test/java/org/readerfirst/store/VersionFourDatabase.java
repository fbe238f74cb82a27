package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database as ReaderFirst with schema version 4 left it: version 2's file with migrations 3 and 4
 * applied. The statements are copied on purpose, like {@link VersionTwoDatabase}'s: they stand for
 * files on disks.
 */
final class VersionFourDatabase {

    private static final String[] MIGRATIONS_3_AND_4 = {
        """
        CREATE TABLE publications (
            id       INTEGER PRIMARY KEY,
            draft_id INTEGER REFERENCES drafts (id) ON DELETE SET NULL,
            type     TEXT NOT NULL,
            at       TEXT NOT NULL
        )""",
        "CREATE INDEX publications_by_at ON publications (at)",
        "CREATE INDEX publications_by_draft ON publications (draft_id)",
        "ALTER TABLE drafts ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'"
                + " CHECK (status IN ('idea', 'draft', 'ready', 'published'))",
        "ALTER TABLE drafts ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE drafts ADD COLUMN deleted_at TEXT",
        "CREATE INDEX drafts_by_deleted_at ON drafts (deleted_at)",
        "PRAGMA user_version = 3",
        """
        CREATE VIRTUAL TABLE drafts_text USING fts5 (
            title, body, content = 'drafts', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 0'
        )""",
        """
        CREATE TRIGGER drafts_text_after_insert AFTER INSERT ON drafts BEGIN
            INSERT INTO drafts_text (rowid, title, body) VALUES (new.id, new.title, new.body);
        END""",
        """
        CREATE TRIGGER drafts_text_after_delete AFTER DELETE ON drafts BEGIN
            INSERT INTO drafts_text (drafts_text, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
        END""",
        """
        CREATE TRIGGER drafts_text_after_update AFTER UPDATE OF title, body ON drafts BEGIN
            INSERT INTO drafts_text (drafts_text, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            INSERT INTO drafts_text (rowid, title, body) VALUES (new.id, new.title, new.body);
        END""",
        "INSERT INTO drafts_text (drafts_text) VALUES ('rebuild')",
        "PRAGMA user_version = 4",
    };

    private VersionFourDatabase() {
    }

    static void create(Path file) throws SQLException {
        VersionTwoDatabase.create(file);
        try (Connection c = RawSql.connect(file); Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            for (String sql : MIGRATIONS_3_AND_4) {
                st.execute(sql);
            }
            st.execute("COMMIT");
        }
    }
}
