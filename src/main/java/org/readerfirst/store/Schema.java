package org.readerfirst.store;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database layout, one migration per version. A released migration never changes: a new
 * layout is a new entry at the end, so every older file can be brought forward step by step.
 */
final class Schema {

    /** Marks a file as ReaderFirst's ("RdFr") so that another program's SQLite file is never migrated. */
    static final int APPLICATION_ID = 0x52644672;

    private record Migration(int version, List<String> statements) {
    }

    private static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, List.of(
                    // Times are ISO-8601 UTC text with milliseconds, fixed width, so they sort as text.
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
                    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")),
            new Migration(2, List.of(
                    // Interests are a JSON array of strings: an interest may itself hold a comma.
                    """
                    CREATE TABLE audiences (
                        id          INTEGER PRIMARY KEY,
                        name        TEXT NOT NULL UNIQUE,
                        description TEXT NOT NULL,
                        interests   TEXT NOT NULL,
                        language    TEXT NOT NULL
                    )""",
                    // The references need PRAGMA foreign_keys, which DatabaseOpener turns on for every connection.
                    "ALTER TABLE drafts ADD COLUMN audience_id INTEGER REFERENCES audiences (id) ON DELETE SET NULL",
                    "CREATE INDEX drafts_by_audience ON drafts (audience_id)",
                    // Keyed by the matched text, not offsets, so a dismissal outlives edits elsewhere in the draft.
                    """
                    CREATE TABLE dismissals (
                        draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
                        rule_id  TEXT NOT NULL,
                        text     TEXT NOT NULL,
                        created  TEXT NOT NULL,
                        PRIMARY KEY (draft_id, rule_id, text)
                    )""")),
            new Migration(3, List.of(
                    // A publication outlives its draft: the cadence checks count it after the draft is gone.
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
                    // Tags are a JSON array of strings, like an audience's interests.
                    "ALTER TABLE drafts ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'",
                    // Set while the draft is in the trash; emptying the trash deletes those rows.
                    "ALTER TABLE drafts ADD COLUMN deleted_at TEXT",
                    "CREATE INDEX drafts_by_deleted_at ON drafts (deleted_at)")),
            new Migration(4, List.of(
                    // Full-text search over title and body. The index holds no copy of the text (content=
                    // drafts); triggers keep it in step. Diacritics stay: in Finnish ä is not a, nor ö o.
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
                    // Indexes the drafts the file already holds.
                    "INSERT INTO drafts_text (drafts_text) VALUES ('rebuild')")),
            new Migration(5, List.of(
                    // The library list, answered from this index alone, already in its order. Status and tags
                    // sit after the long text in each row, so reading them from the table walks every text.
                    "CREATE INDEX drafts_listed ON drafts"
                            + " (deleted_at, updated DESC, id DESC, title, type, language, created, status, tags)")),
            new Migration(6, List.of(
                    // A revision goes with its draft when the trash is emptied.
                    """
                    CREATE TABLE revisions (
                        id       INTEGER PRIMARY KEY,
                        draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
                        created  TEXT NOT NULL,
                        title    TEXT NOT NULL,
                        body     TEXT NOT NULL,
                        reason   TEXT NOT NULL CHECK (reason IN ('auto', 'status', 'manual', 'restore'))
                    )""",
                    "CREATE INDEX revisions_by_draft ON revisions (draft_id, created)")),
            new Migration(7, List.of(
                    // The text a draft shares or draws on, shown beside it; one per draft, gone with the draft.
                    // Credits are a JSON array of strings, like a draft's tags.
                    """
                    CREATE TABLE sources (
                        draft_id  INTEGER PRIMARY KEY REFERENCES drafts (id) ON DELETE CASCADE,
                        text      TEXT NOT NULL,
                        title     TEXT NOT NULL,
                        credits   TEXT NOT NULL DEFAULT '[]',
                        link      TEXT NOT NULL,
                        pane_open INTEGER NOT NULL DEFAULT 0 CHECK (pane_open IN (0, 1))
                    )""")),
            new Migration(8, List.of(
                    // The start of each text, for the line under a title in the library list. SQLite keeps it
                    // only in the index, so the list still reads the index alone and never a whole text.
                    // One character more than the list shows tells it whether the text goes on.
                    "ALTER TABLE drafts ADD COLUMN opening TEXT GENERATED ALWAYS AS"
                            + " (substr(ltrim(body, ' ' || char(9, 10, 13)), 1, 101)) VIRTUAL",
                    "DROP INDEX drafts_listed",
                    "CREATE INDEX drafts_listed ON drafts"
                            + " (deleted_at, updated DESC, id DESC, title, type, language, created, status, tags, opening)")),
            new Migration(9, List.of(
                    // Each text brought in from elsewhere (LinkedIn's data export) by a key of the source's own,
                    // so that importing the same export again, or a newer one, adds only what is new. The key
                    // outlives its draft: a text the writer deleted is not brought back by the next import.
                    """
                    CREATE TABLE imported (
                        key      TEXT PRIMARY KEY,
                        draft_id INTEGER REFERENCES drafts (id) ON DELETE SET NULL,
                        at       TEXT NOT NULL
                    )""",
                    "CREATE INDEX imported_by_draft ON imported (draft_id)")),
            new Migration(10, List.of(
                    // What the habits report found in each published text, so that the next report checks only
                    // what changed: the fingerprint covers the text and the rules, the verdict is the report's own.
                    """
                    CREATE TABLE verdicts (
                        draft_id    INTEGER PRIMARY KEY REFERENCES drafts (id) ON DELETE CASCADE,
                        fingerprint TEXT NOT NULL,
                        verdict     TEXT NOT NULL
                    )""")));

    private static final System.Logger LOG = System.getLogger(Schema.class.getName());

    private Schema() {
    }

    static int latestVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }

    static int version(Connection connection) throws SQLException {
        return readInt(connection, "PRAGMA user_version");
    }

    static String integrityCheck(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check(1)")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    static int applicationId(Connection connection) throws SQLException {
        return readInt(connection, "PRAGMA application_id");
    }

    /**
     * Applies the missing migrations in one transaction, so a failure leaves the file as it was.
     * The version is read again inside the write lock: another ReaderFirst may have migrated meanwhile.
     */
    static void migrate(Connection connection, Path file) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            try {
                int from = version(connection);
                for (Migration m : MIGRATIONS) {
                    if (m.version() > from) {
                        for (String sql : m.statements()) {
                            st.execute(sql);
                        }
                        // PRAGMA takes no parameters; both values are our own constants.
                        st.execute("PRAGMA user_version = " + m.version());
                    }
                }
                if (from == 0) {
                    st.execute("PRAGMA application_id = " + APPLICATION_ID);
                }
                st.execute("COMMIT");
                if (from < latestVersion()) {
                    LOG.log(Level.INFO, "Database {0} migrated from version {1} to {2}", file, from, latestVersion());
                }
            } catch (SQLException | RuntimeException e) {
                rollBack(st, e);
                throw e;
            }
        }
    }

    private static void rollBack(Statement st, Exception failure) {
        try {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite may already have rolled back on its own (e.g. on a full disk); keep the first error.
            failure.addSuppressed(e);
        }
    }

    private static int readInt(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
