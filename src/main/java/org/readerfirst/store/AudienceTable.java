package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.readerfirst.core.model.Audience;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.StoreException.Kind;

/**
 * The writer's audiences and which draft is written for which. {@link DraftStore} owns the
 * connection and its lock and passes the connection in.
 */
final class AudienceTable {

    private static final String COLUMNS = "audiences.id, name, description, interests, audiences.language";

    private final Path file;

    AudienceTable(Path file) {
        this.file = file;
    }

    List<StoredAudience> list(Connection connection) throws StoreException {
        // NOCASE folds only ASCII; the name itself breaks ties so the order never depends on insertion.
        String sql = "SELECT " + COLUMNS + " FROM audiences ORDER BY name COLLATE NOCASE, name";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<StoredAudience> audiences = new ArrayList<>();
            while (rs.next()) {
                audiences.add(toStoredAudience(rs));
            }
            return audiences;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the audiences from");
        }
    }

    StoredAudience save(Connection connection, long id, Audience audience) throws StoreException {
        Objects.requireNonNull(audience, "audience");
        if (id < 0) {
            throw new IllegalArgumentException("an audience id is positive, or 0 for a new audience; got " + id);
        }
        try {
            return id == 0 ? insert(connection, audience) : update(connection, id, audience);
        } catch (SQLException e) {
            // The name is the only constraint a well-formed audience can break.
            if (SqliteErrors.isConstraint(e)) {
                throw new StoreException(Kind.NAME_TAKEN, file, "Could not save the audience in " + file
                        + ": another audience is already called \"" + audience.name() + "\".", e);
            }
            throw SqliteErrors.translate(e, file, "save the audience in");
        }
    }

    private StoredAudience insert(Connection connection, Audience audience) throws SQLException {
        String sql = "INSERT INTO audiences (name, description, interests, language) VALUES (?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bindFields(ps, audience);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id for the new audience");
                }
                return new StoredAudience(keys.getLong(1), audience);
            }
        }
    }

    private StoredAudience update(Connection connection, long id, Audience audience) throws SQLException {
        String sql = "UPDATE audiences SET name = ?, description = ?, interests = ?, language = ? WHERE id = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bindFields(ps, audience);
            ps.setLong(5, id);
            if (ps.executeUpdate() == 0) {
                throw new NoSuchElementException("there is no audience " + id + " in " + file);
            }
            return new StoredAudience(id, audience);
        }
    }

    private static void bindFields(PreparedStatement ps, Audience audience) throws SQLException {
        ps.setString(1, audience.name());
        ps.setString(2, audience.description());
        ps.setString(3, StringListJson.write(audience.interests()));
        ps.setString(4, audience.language().id());
    }

    /** Deleting one that is not there does nothing; drafts written for it keep no audience. */
    void delete(Connection connection, long id) throws StoreException {
        // ON DELETE SET NULL unlinks the drafts in the same statement.
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM audiences WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "delete the audience from");
        }
    }

    /** Empty when the draft has no audience or does not exist. */
    Optional<StoredAudience> ofDraft(Connection connection, long draftId) throws StoreException {
        String sql = "SELECT " + COLUMNS + " FROM drafts JOIN audiences ON audiences.id = drafts.audience_id"
                + " WHERE drafts.id = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, draftId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(toStoredAudience(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the draft's audience from");
        }
    }

    void setForDraft(Connection connection, long draftId, Long audienceId) throws StoreException {
        int changed;
        try (PreparedStatement ps = connection.prepareStatement("UPDATE drafts SET audience_id = ? WHERE id = ?")) {
            if (audienceId == null) {
                ps.setNull(1, Types.INTEGER);
            } else {
                ps.setLong(1, audienceId);
            }
            ps.setLong(2, draftId);
            changed = ps.executeUpdate();
        } catch (SQLException e) {
            // Only the reference to audiences can fail here.
            if (SqliteErrors.isConstraint(e)) {
                throw new NoSuchElementException("there is no audience " + audienceId + " in " + file);
            }
            throw SqliteErrors.translate(e, file, "save the draft's audience in");
        }
        if (changed == 0) {
            throw new NoSuchElementException("there is no draft " + draftId + " in " + file);
        }
    }

    private StoredAudience toStoredAudience(ResultSet rs) throws SQLException, StoreException {
        long id = rs.getLong("id");
        try {
            Audience audience = new Audience(rs.getString("name"), rs.getString("description"),
                    StringListJson.read(rs.getString("interests")), Language.fromId(rs.getString("language")));
            return new StoredAudience(id, audience);
        } catch (IllegalArgumentException e) {
            throw new StoreException(Kind.CORRUPT, file,
                    "Cannot read audience " + id + " in " + file + ": it holds a value ReaderFirst does not know.", e);
        }
    }
}
