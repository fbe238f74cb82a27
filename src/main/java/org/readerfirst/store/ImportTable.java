package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.readerfirst.core.model.Draft;

/**
 * The keys of the texts brought in from elsewhere, and the adding of such texts as published drafts
 * with their publications. {@link DraftStore} owns the connection and its lock and passes the connection in.
 */
final class ImportTable {

    private final Path file;

    ImportTable(Path file) {
        this.file = file;
    }

    /**
     * Adds each text whose key is not yet known, in one transaction: a draft with the status published,
     * created and updated at its publishing time, its publication then, and its key. A key repeated
     * within {@code texts} adds its first text only.
     *
     * @return the drafts added, in the order given
     */
    List<Draft> addNew(Connection connection, List<ImportedText> texts, Instant now) throws StoreException {
        String draftSql = "INSERT INTO drafts (title, body, type, language, created, updated, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'published')";
        List<Draft> added = new ArrayList<>();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement known = connection.prepareStatement("SELECT 1 FROM imported WHERE key = ?");
                    PreparedStatement draft = connection.prepareStatement(draftSql, Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement publication = connection.prepareStatement(
                            "INSERT INTO publications (draft_id, type, at) VALUES (?, ?, ?)");
                    PreparedStatement key = connection.prepareStatement(
                            "INSERT INTO imported (key, draft_id, at) VALUES (?, ?, ?)")) {
                String importedAt = DraftStore.TIME.format(now);
                for (ImportedText text : texts) {
                    if (isKnown(known, text.key())) {
                        continue;
                    }
                    Instant at = text.published().truncatedTo(ChronoUnit.MILLIS);
                    String time = DraftStore.TIME.format(at);
                    draft.setString(1, StoredText.encode(text.title()));
                    draft.setString(2, StoredText.encode(text.body()));
                    draft.setString(3, text.type().id());
                    draft.setString(4, text.language().id());
                    draft.setString(5, time);
                    draft.setString(6, time);
                    draft.executeUpdate();
                    long id;
                    try (ResultSet keys = draft.getGeneratedKeys()) {
                        if (!keys.next()) {
                            throw new SQLException("no id for an imported draft");
                        }
                        id = keys.getLong(1);
                    }
                    publication.setLong(1, id);
                    publication.setString(2, text.type().id());
                    publication.setString(3, time);
                    publication.executeUpdate();
                    key.setString(1, text.key());
                    key.setLong(2, id);
                    key.setString(3, importedAt);
                    key.executeUpdate();
                    added.add(new Draft(id, text.title(), text.body(), text.type(), text.language(), at, at));
                }
            }
            connection.commit();
            return added;
        } catch (SQLException e) {
            rollBack(connection, e);
            throw SqliteErrors.translate(e, file, "add the imported texts to");
        } catch (RuntimeException e) {
            rollBack(connection, e);
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // The connection is broken; the next call reports it.
            }
        }
    }

    private static boolean isKnown(PreparedStatement known, String key) throws SQLException {
        known.setString(1, key);
        try (ResultSet rs = known.executeQuery()) {
            return rs.next();
        }
    }

    private static void rollBack(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
