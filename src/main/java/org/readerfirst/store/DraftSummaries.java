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
 * The library's rows without their text, or with only an excerpt of it. The columns read here are
 * all in the index {@code drafts_listed} (schema 5, with the text's opening since schema 8), so
 * SQLite answers from the index alone: status and tags were added to the table after the text, and
 * reading them from the table means walking each long text's overflow pages to reach the end of the
 * row. Only a search reads the texts it found, inside SQLite, to cut each one's excerpt.
 */
final class DraftSummaries {

    private static final String SUMMARY = "id, title, type, language, created, updated, status, tags";
    private static final String NEWEST_FIRST = " ORDER BY updated DESC, id DESC";
    /** How much of a text's opening the list shows; the column of schema 8 holds one more. */
    private static final int OPENING = 100;
    /** How many characters of text an excerpt keeps before the word it was cut around. */
    private static final int BEFORE_MATCH = 40;
    private static final long NOWHERE = Integer.MAX_VALUE;
    // The text with a space before it, so " word" finds a word that starts the text or follows a space;
    // the places are those in the text itself. A word after a line break or a quote is found as any
    // match is, anywhere; making those spaces too cost more than the whole search.
    private static final String WORDS_START = "' ' || body";

    private final Path file;

    DraftSummaries(Path file) {
        this.file = file;
    }

    List<DraftSummary> list(Connection connection, DraftStatus status, String search) throws StoreException {
        String match = search == null ? null : SearchQuery.of(search);
        String sql = "SELECT " + SUMMARY + " FROM drafts"
                + " WHERE deleted_at IS NULL"
                + (status == null ? "" : " AND status = ?")
                + (match == null ? "" : " AND id IN (SELECT rowid FROM drafts_text WHERE drafts_text MATCH ?)")
                + NEWEST_FIRST;
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

    /**
     * The rows of the window's list, each with an excerpt: the text's opening, read from the index,
     * or for a search the passage around the first place a search word starts a word. SQLite finds
     * that place and cuts the passage, so no whole text leaves the database.
     */
    List<ListedDraft> listing(Connection connection, DraftStatus status, String search) throws StoreException {
        String match = search == null ? null : SearchQuery.of(search);
        String filter = " WHERE deleted_at IS NULL" + (status == null ? "" : " AND status = ?");
        String sql;
        List<String> needles = List.of();
        if (match == null) {
            sql = "SELECT " + SUMMARY + ", opening FROM drafts" + filter + NEWEST_FIRST;
        } else {
            needles = SearchQuery.needles(search);
            // The passage starts with the character before it, or with char(1) at the start of the text:
            // one column, so SQLite looks for the words once a row.
            sql = "SELECT " + SUMMARY + ", substr(char(1) || body, max(1, coalesce("
                    + firstAt(WORDS_START, "' ' || ?", needles) + ", " + firstAt("body", "?", needles) + ", 1) - "
                    + BEFORE_MATCH + "), " + (ListedDraft.EXCERPT_LIMIT + 2) + ") FROM drafts" + filter
                    + " AND id IN (SELECT rowid FROM drafts_text WHERE drafts_text MATCH ?)" + NEWEST_FIRST;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 0;
            for (int tier = 0; tier < 2; tier++) {
                for (String needle : needles) {
                    ps.setString(++i, needle);
                }
            }
            if (status != null) {
                ps.setString(++i, status.id());
            }
            if (match != null) {
                ps.setString(++i, match);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<ListedDraft> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new ListedDraft(toSummary(rs), match == null ? excerpt(rs.getString(9), false, OPENING)
                            : passage(rs.getString(9))));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the drafts from");
        }
    }

    /** The SQL for where the first of the needles stands in {@code text}, or NULL if none does. */
    private static String firstAt(String text, String needle, List<String> needles) {
        StringBuilder sql = new StringBuilder("nullif(min(");
        for (int i = 0; i < needles.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("ifnull(nullif(instr(").append(text).append(", ").append(needle)
                    .append("), 0), ").append(NOWHERE).append(")");
        }
        // min() with one argument would be the aggregate: a second, NOWHERE itself, keeps it the scalar.
        return sql.append(", ").append(NOWHERE).append("), ").append(NOWHERE).append(")").toString();
    }

    /** The excerpt of a passage that starts with the character before it, or with char(1) at the text's start. */
    private static String passage(String piece) {
        if (piece == null || piece.isEmpty()) {
            return "";
        }
        return excerpt(piece.substring(piece.offsetByCodePoints(0, 1)), piece.charAt(0) != '\u0001',
                ListedDraft.EXCERPT_LIMIT);
    }

    /** A piece of stored text cut to at most {@code limit} characters, marked "…" where the text goes on. */
    private static String excerpt(String piece, boolean cutBefore, int limit) {
        String text = piece == null ? "" : piece;
        boolean cutAfter = text.codePointCount(0, text.length()) > limit;
        if (cutAfter) {
            text = text.substring(0, text.offsetByCodePoints(0, limit));
        }
        if (cutBefore) {
            // The first word may be cut, maybe inside an escaped character: it starts after the first space.
            int space = firstSpace(text);
            text = space < 0 ? text : text.substring(space + 1);
        }
        return (cutBefore ? "…" : "") + StoredText.decodeCut(text) + (cutAfter ? "…" : "");
    }

    private static int firstSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
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
