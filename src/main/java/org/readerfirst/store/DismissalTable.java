package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.readerfirst.core.model.Dismissal;

/**
 * The findings the writer dismissed, per draft. {@link DraftStore} owns the connection and its lock
 * and passes the connection in; deleting a draft removes its dismissals through the foreign key.
 */
final class DismissalTable {

    private final Path file;

    DismissalTable(Path file) {
        this.file = file;
    }

    /** In the order they were dismissed; empty for a draft that does not exist. */
    Set<Dismissal> ofDraft(Connection connection, long draftId) throws StoreException {
        String sql = "SELECT rule_id, text FROM dismissals WHERE draft_id = ? ORDER BY created, rowid";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, draftId);
            try (ResultSet rs = ps.executeQuery()) {
                Set<Dismissal> dismissals = new LinkedHashSet<>();
                while (rs.next()) {
                    dismissals.add(new Dismissal(rs.getString("rule_id"), rs.getString("text")));
                }
                return Collections.unmodifiableSet(dismissals);
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the dismissed findings from");
        }
    }

    /** Dismissing again keeps the first time it was dismissed. */
    void add(Connection connection, long draftId, Dismissal dismissal, Instant when) throws StoreException {
        Objects.requireNonNull(dismissal, "dismissal");
        String sql = "INSERT INTO dismissals (draft_id, rule_id, text, created) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (draft_id, rule_id, text) DO NOTHING";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, draftId);
            ps.setString(2, dismissal.ruleId());
            ps.setString(3, dismissal.text());
            ps.setString(4, DraftStore.TIME.format(when));
            ps.executeUpdate();
        } catch (SQLException e) {
            // With the duplicate case handled above, only the reference to the draft can fail.
            if (SqliteErrors.isConstraint(e)) {
                throw new NoSuchElementException("there is no draft " + draftId + " in " + file);
            }
            throw SqliteErrors.translate(e, file, "save the dismissed finding in");
        }
    }

    /** Removing one that is not there does nothing. */
    void remove(Connection connection, long draftId, Dismissal dismissal) throws StoreException {
        Objects.requireNonNull(dismissal, "dismissal");
        String sql = "DELETE FROM dismissals WHERE draft_id = ? AND rule_id = ? AND text = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, draftId);
            ps.setString(2, dismissal.ruleId());
            ps.setString(3, dismissal.text());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "remove the dismissed finding from");
        }
    }
}
