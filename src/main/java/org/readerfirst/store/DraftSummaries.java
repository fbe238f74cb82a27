package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.StoreException.Kind;

/**
 * The library's rows without their text. The columns read here are all in the index {@code
 * drafts_listed} (schema 5), so SQLite answers from the index alone: status and tags were added to
 * the table after the text, and reading them from the table means walking each long text's
 * overflow pages to reach the end of the row.
 */
final class DraftSummaries {

    private final Path file;

    DraftSummaries(Path file) {
        this.file = file;
    }

    List<DraftSummary> list(Connection connection, DraftStatus status, String search) throws StoreException {
        String match = search == null ? null : SearchQuery.of(search);
        String sql = "SELECT id, title, type, language, created, updated, status, tags FROM drafts"
                + " WHERE deleted_at IS NULL"
                + (status == null ? "" : " AND status = ?")
                + (match == null ? "" : " AND id IN (SELECT rowid FROM drafts_text WHERE drafts_text MATCH ?)")
                + " ORDER BY updated DESC, id DESC";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 0;
            if (status != null) {
                ps.setString(++i, status.id());
            }
            if (match != null) {
                ps.setString(++i, match);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<DraftSummary> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(toSummary(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the drafts from");
        }
    }

    private DraftSummary toSummary(ResultSet rs) throws SQLException, StoreException {
        long id = rs.getLong(1);
        try {
            return new DraftSummary(id, StoredText.decode(rs.getString(2)), ContentType.fromId(rs.getString(3)),
                    Language.fromId(rs.getString(4)), Instant.parse(rs.getString(5)), Instant.parse(rs.getString(6)),
                    DraftStatus.fromId(rs.getString(7)), StringListJson.read(rs.getString(8)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new StoreException(Kind.CORRUPT, file,
                    "Cannot read draft " + id + " in " + file + ": it holds a value ReaderFirst does not know.", e);
        }
    }
}
