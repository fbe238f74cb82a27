package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Publication;
import org.readerfirst.store.StoreException.Kind;

/**
 * The publishing log: what the writer published, as what, and when; the cadence checks read it.
 * {@link DraftStore} owns the connection and its lock and passes the connection in.
 */
final class PublicationTable {

    private final Path file;

    PublicationTable(Path file) {
        this.file = file;
    }

    /** Records the publication and marks the draft published, both or neither. */
    StoredPublication publish(Connection connection, Publication publication) throws StoreException {
        try {
            connection.setAutoCommit(false);
            try {
                StoredPublication stored = insert(connection, publication);
                connection.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "record the publication in");
        }
    }

    private StoredPublication insert(Connection connection, Publication publication) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE drafts SET status = 'published' WHERE id = ?")) {
            ps.setLong(1, publication.draftId());
            if (ps.executeUpdate() == 0) {
                throw new NoSuchElementException("there is no draft " + publication.draftId() + " in " + file);
            }
        }
        String sql = "INSERT INTO publications (draft_id, type, at) VALUES (?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, publication.draftId());
            ps.setString(2, publication.type().id());
            ps.setString(3, DraftStore.TIME.format(publication.at()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id for the new publication");
                }
                return new StoredPublication(keys.getLong(1), publication);
            }
        }
    }

    /** The whole log, oldest first; a publication whose draft was deleted has draft id 0. */
    List<StoredPublication> list(Connection connection) throws StoreException {
        String sql = "SELECT id, draft_id, type, at FROM publications ORDER BY at, id";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<StoredPublication> log = new ArrayList<>();
            while (rs.next()) {
                log.add(toStored(rs));
            }
            return log;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the publishing log from");
        }
    }

    void correct(Connection connection, long id, Instant at) throws StoreException {
        int changed;
        try (PreparedStatement ps = connection.prepareStatement("UPDATE publications SET at = ? WHERE id = ?")) {
            ps.setString(1, DraftStore.TIME.format(at));
            ps.setLong(2, id);
            changed = ps.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "correct the publication in");
        }
        if (changed == 0) {
            throw new NoSuchElementException("there is no publication " + id + " in " + file);
        }
    }

    /** Removing one that is not there does nothing; the draft keeps its status. */
    void remove(Connection connection, long id) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM publications WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "remove the publication from");
        }
    }

    private StoredPublication toStored(ResultSet rs) throws SQLException, StoreException {
        long id = rs.getLong("id");
        try {
            // getLong reads a NULL draft_id, left by a deleted draft, as 0.
            Publication p = new Publication(rs.getLong("draft_id"), ContentType.fromId(rs.getString("type")),
                    Instant.parse(rs.getString("at")));
            return new StoredPublication(id, p);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new StoreException(Kind.CORRUPT, file, "Cannot read publication " + id + " in " + file
                    + ": it holds a value ReaderFirst does not know.", e);
        }
    }
}
