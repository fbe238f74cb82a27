package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdicts kept for the habits report, one a draft. {@link DraftStore} owns the connection and its
 * lock and passes the connection in.
 */
final class VerdictTable {

    private final Path file;

    VerdictTable(Path file) {
        this.file = file;
    }

    Map<Long, KeptVerdict> all(Connection connection) throws StoreException {
        Map<Long, KeptVerdict> out = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT draft_id, fingerprint, verdict FROM verdicts");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), new KeptVerdict(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
            return out;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the kept verdicts from");
        }
    }

    /** Replaces each draft's verdict, in one transaction; a draft deleted meanwhile gets none. */
    void keep(Connection connection, List<KeptVerdict> verdicts) throws StoreException {
        String sql = "INSERT OR REPLACE INTO verdicts (draft_id, fingerprint, verdict)"
                + " SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM drafts WHERE id = ?)";
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                for (KeptVerdict v : verdicts) {
                    st.setLong(1, v.draftId());
                    st.setString(2, v.fingerprint());
                    st.setString(3, v.verdict());
                    st.setLong(4, v.draftId());
                    st.addBatch();
                }
                st.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw SqliteErrors.translate(e, file, "keep the verdicts in");
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // The connection is broken; the next call reports it.
            }
        }
    }
}
