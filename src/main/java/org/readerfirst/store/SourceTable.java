package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The source beside each draft. {@link DraftStore} owns the connection and its lock and passes the
 * connection in; deleting a draft removes its source through the foreign key.
 */
final class SourceTable {

    private final Path file;

    SourceTable(Path file) {
        this.file = file;
    }

    /** Empty when the draft has none or does not exist. */
    Optional<DraftSource> ofDraft(Connection connection, long draftId) throws StoreException {
        String sql = "SELECT text, title, credits, link, pane_open FROM sources WHERE draft_id = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, draftId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new DraftSource(StoredText.decode(rs.getString("text")),
                        StoredText.decode(rs.getString("title")), StringListJson.read(rs.getString("credits")),
                        StoredText.decode(rs.getString("link")), rs.getInt("pane_open") != 0));
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the source of a draft from");
        }
    }

    /** Replaces the draft's source. */
    void put(Connection connection, long draftId, DraftSource source) throws StoreException {
        Objects.requireNonNull(source, "source");
        String sql = "INSERT INTO sources (draft_id, text, title, credits, link, pane_open) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (draft_id) DO UPDATE SET text = excluded.text, title = excluded.title,"
                + " credits = excluded.credits, link = excluded.link, pane_open = excluded.pane_open";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, draftId);
            ps.setString(2, StoredText.encode(source.text()));
            ps.setString(3, StoredText.encode(source.title()));
            ps.setString(4, StringListJson.write(source.credits()));
            ps.setString(5, StoredText.encode(source.link()));
            ps.setInt(6, source.paneOpen() ? 1 : 0);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (SqliteErrors.isConstraint(e)) {
                throw new NoSuchElementException("there is no draft " + draftId + " in " + file);
            }
            throw SqliteErrors.translate(e, file, "save the source of a draft in");
        }
    }
}
