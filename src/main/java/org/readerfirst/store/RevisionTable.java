package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.readerfirst.store.StoreException.Kind;

/**
 * The revisions of the drafts: their title and text at moments worth going back to. {@link DraftStore}
 * owns the connection and its lock and passes the connection in; deleting a draft removes its revisions
 * through the foreign key.
 */
final class RevisionTable {

    private static final String LATEST =
            "SELECT created, title, body FROM revisions WHERE draft_id = ? ORDER BY created DESC, id DESC LIMIT 1";

    private final Path file;

    RevisionTable(Path file) {
        this.file = file;
    }

    private record Latest(Instant created, String title, String body) {
    }

    /**
     * Keeps the title and text unless the draft's latest revision holds the same; with {@code minAge},
     * also unless the latest is younger than that.
     *
     * @throws NoSuchElementException if the draft does not exist
     */
    Optional<RevisionSummary> keep(Connection connection, long draftId, String title, String body,
                                   RevisionReason reason, Instant now, Duration minAge) throws StoreException {
        try {
            Optional<Latest> latest = latest(connection, draftId);
            if (latest.isPresent() && (latest.get().title().equals(title) && latest.get().body().equals(body)
                    || minAge != null && latest.get().created().plus(minAge).isAfter(now))) {
                return Optional.empty();
            }
            return Optional.of(insert(connection, draftId, title, body, reason, now));
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "keep a revision of the draft in");
        }
    }

    /** As {@link #keep}, with the title and text the draft has in the store. */
    Optional<RevisionSummary> keepStored(Connection connection, long draftId, RevisionReason reason, Instant now)
            throws StoreException {
        String sql = "SELECT title, body FROM drafts WHERE id = ?";
        String title;
        String body;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, draftId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NoSuchElementException("there is no draft " + draftId + " in " + file);
                }
                title = StoredText.decode(rs.getString("title"));
                body = StoredText.decode(rs.getString("body"));
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read a draft from");
        }
        return keep(connection, draftId, title, body, reason, now, null);
    }

    /** The draft's revisions, newest first; the text is measured in SQL, not read. */
    List<RevisionSummary> ofDraft(Connection connection, long draftId) throws StoreException {
        String sql = "SELECT id, draft_id, created, title, length(body) AS size, reason FROM revisions"
                + " WHERE draft_id = ? ORDER BY created DESC, id DESC";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, draftId);
            try (ResultSet rs = ps.executeQuery()) {
                List<RevisionSummary> revisions = new ArrayList<>();
                while (rs.next()) {
                    long id = rs.getLong("id");
                    revisions.add(new RevisionSummary(id, rs.getLong("draft_id"), time(rs, id), StoredText.decode(rs.getString("title")),
                            rs.getInt("size"), reason(rs, id)));
                }
                return revisions;
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the revisions from");
        }
    }

    Optional<Revision> find(Connection connection, long id) throws StoreException {
        String sql = "SELECT draft_id, created, title, body, reason FROM revisions WHERE id = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Revision(id, rs.getLong("draft_id"), time(rs, id),
                        StoredText.decode(rs.getString("title")), StoredText.decode(rs.getString("body")), reason(rs, id)));
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read a revision from");
        }
    }

    private Optional<Latest> latest(Connection connection, long draftId) throws SQLException, StoreException {
        try (PreparedStatement ps = connection.prepareStatement(LATEST)) {
            ps.setLong(1, draftId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Latest(time(rs, 0), StoredText.decode(rs.getString("title")),
                                StoredText.decode(rs.getString("body"))))
                        : Optional.empty();
            }
        }
    }

    private RevisionSummary insert(Connection connection, long draftId, String title, String body,
                                   RevisionReason reason, Instant now) throws SQLException {
        // Inserts nothing for a missing draft, rather than failing on the foreign key with a vaguer error.
        String sql = "INSERT INTO revisions (draft_id, created, title, body, reason)"
                + " SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM drafts WHERE id = ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, draftId);
            ps.setString(2, DraftStore.TIME.format(now));
            ps.setString(3, StoredText.encode(title));
            ps.setString(4, StoredText.encode(body));
            ps.setString(5, reason.id());
            ps.setLong(6, draftId);
            if (ps.executeUpdate() == 0) {
                throw new NoSuchElementException("there is no draft " + draftId + " in " + file);
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id for the new revision");
                }
                return new RevisionSummary(keys.getLong(1), draftId, now, title,
                        body.codePointCount(0, body.length()), reason);
            }
        }
    }

    private Instant time(ResultSet rs, long id) throws SQLException, StoreException {
        try {
            return Instant.parse(rs.getString("created"));
        } catch (DateTimeParseException e) {
            throw corrupt(id, e);
        }
    }

    private RevisionReason reason(ResultSet rs, long id) throws SQLException, StoreException {
        try {
            return RevisionReason.fromId(rs.getString("reason"));
        } catch (IllegalArgumentException e) {
            throw corrupt(id, e);
        }
    }

    private StoreException corrupt(long id, Exception cause) {
        return new StoreException(Kind.CORRUPT, file, "Cannot read revision " + id + " in " + file
                + ": it holds a value ReaderFirst does not know.", cause);
    }
}
