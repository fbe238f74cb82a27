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
import java.util.Objects;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.StoreException.Kind;

/**
 * The drafts' rows: their text, and what the writer keeps about them besides the text: status, tags and the trash.
 * {@link DraftStore} owns the connection and its lock and passes the connection in.
 */
final class DraftTable {

    private static final String COLUMNS = "id, title, body, type, language, created, updated, status, tags";
    private static final String NEWEST_FIRST = " ORDER BY updated DESC, id DESC";

    private final Path file;

    DraftTable(Path file) {
        this.file = file;
    }

    /** The drafts outside the trash, the most recently updated first. */
    List<Draft> list(Connection connection) throws StoreException {
        return details(connection, null).stream().map(DraftDetails::draft).toList();
    }

    /** As {@link #list}, with status and tags; only those with {@code status} unless it is null. */
    List<DraftDetails> details(Connection connection, DraftStatus status) throws StoreException {
        return details(connection, status, null);
    }

    /** As {@link #details(Connection, DraftStatus)}; only those whose title or body has every word of {@code search}. */
    List<DraftDetails> details(Connection connection, DraftStatus status, String search) throws StoreException {
        String match = search == null ? null : SearchQuery.of(search);
        String sql = "SELECT " + COLUMNS + " FROM drafts WHERE deleted_at IS NULL"
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
            return read(ps);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the drafts from");
        }
    }

    /** Every tag of the drafts outside the trash, each once, in alphabetical order ignoring case. */
    List<String> tags(Connection connection) throws StoreException {
        String sql = "SELECT DISTINCT t.value FROM drafts d, json_each(d.tags) t WHERE d.deleted_at IS NULL"
                + " ORDER BY t.value COLLATE NOCASE, t.value";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<String> tags = new ArrayList<>();
            while (rs.next()) {
                tags.add(rs.getString(1));
            }
            return tags;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the tags from");
        }
    }

    /**
     * The words that stand in at least {@code minDrafts} drafts, in lower case, read from the search
     * index's own word list rather than the texts: the most widely used first, at most {@code max}.
     */
    Set<String> words(Connection connection, int minDrafts, int max) throws StoreException {
        try (Statement st = connection.createStatement()) {
            // A temporary view of the index's vocabulary: nothing is written into the database file.
            st.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.drafts_words USING fts5vocab(main, drafts_text, row)");
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the words from");
        }
        String sql = "SELECT term FROM temp.drafts_words WHERE doc >= ? AND length(term) >= 3"
                + " ORDER BY doc DESC, term LIMIT ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(1, minDrafts);
            ps.setInt(2, max);
            Set<String> words = new LinkedHashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    words.add(rs.getString(1));
                }
            }
            return words;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the words from");
        }
    }

    /** The drafts in the trash, the most recently trashed first. */
    List<Draft> trashed(Connection connection) throws StoreException {
        String sql = "SELECT " + COLUMNS + " FROM drafts WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            return read(ps).stream().map(DraftDetails::draft).toList();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the trash from");
        }
    }

    /** The draft whether or not it is in the trash. */
    Optional<DraftDetails> find(Connection connection, long id) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM drafts WHERE id = ?")) {
            ps.setLong(1, id);
            List<DraftDetails> found = read(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read a draft from");
        }
    }

    Draft create(Connection connection, String title, String body, ContentType type, Language language, Instant now)
            throws StoreException {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(language, "language");
        String sql = "INSERT INTO drafts (title, body, type, language, created, updated) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, StoredText.encode(title));
            ps.setString(2, StoredText.encode(body));
            ps.setString(3, type.id());
            ps.setString(4, language.id());
            ps.setString(5, DraftStore.TIME.format(now));
            ps.setString(6, DraftStore.TIME.format(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id for the new draft");
                }
                return new Draft(keys.getLong(1), title, body, type, language, now, now);
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "save the new draft in");
        }
    }

    /** Inserts the drafts with their own times, status and tags, in one transaction. */
    List<Draft> addAll(Connection connection, List<DraftDetails> drafts) throws StoreException {
        String sql = "INSERT INTO drafts (title, body, type, language, created, updated, status, tags)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        List<Draft> stored = new ArrayList<>();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (DraftDetails d : drafts) {
                    Draft draft = d.draft();
                    ps.setString(1, draft.title());
                    ps.setString(2, draft.body());
                    ps.setString(3, draft.type().id());
                    ps.setString(4, draft.language().id());
                    ps.setString(5, DraftStore.TIME.format(draft.created()));
                    ps.setString(6, DraftStore.TIME.format(draft.updated()));
                    ps.setString(7, d.status().id());
                    ps.setString(8, StringListJson.write(d.tags()));
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        if (!keys.next()) {
                            throw new SQLException("no id for a new draft");
                        }
                        stored.add(new Draft(keys.getLong(1), draft.title(), draft.body(), draft.type(),
                                draft.language(), draft.created(), draft.updated()));
                    }
                }
            }
            connection.commit();
            return stored;
        } catch (SQLException e) {
            rollBack(connection, e);
            throw SqliteErrors.translate(e, file, "add the drafts to");
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // The connection is broken; the next call reports it.
            }
        }
    }

    private static void rollBack(Connection connection, SQLException failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Stores the text and settings of the draft with its updated time set to {@code now}; returns it as stored. */
    Draft save(Connection connection, Draft draft, Instant now) throws StoreException {
        Objects.requireNonNull(draft, "draft");
        if (draft.id() <= 0) {
            throw new IllegalArgumentException("the draft has not been stored yet; create it first");
        }
        String sql = "UPDATE drafts SET title = ?, body = ?, type = ?, language = ?, updated = ? WHERE id = ?";
        int changed;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, StoredText.encode(draft.title()));
            ps.setString(2, StoredText.encode(draft.body()));
            ps.setString(3, draft.type().id());
            ps.setString(4, draft.language().id());
            ps.setString(5, DraftStore.TIME.format(now));
            ps.setLong(6, draft.id());
            changed = ps.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "save the draft in");
        }
        if (changed == 0) {
            throw new NoSuchElementException("there is no draft " + draft.id() + " in " + file);
        }
        return find(connection, draft.id()).map(DraftDetails::draft).orElseThrow(
                () -> new NoSuchElementException("draft " + draft.id() + " was deleted while being saved"));
    }

    /** Deletes the draft for good, with its dismissed findings; its publications stay in the log. */
    void delete(Connection connection, long id) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM drafts WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "delete the draft from");
        }
    }

    void setStatus(Connection connection, long id, DraftStatus status) throws StoreException {
        update(connection, "UPDATE drafts SET status = ? WHERE id = ?", status.id(), id, "save the draft's status in");
    }

    /** Blank tags are dropped, the rest trimmed, and a repeated tag kept once, in the given order. */
    void setTags(Connection connection, long id, List<String> tags) throws StoreException {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            if (!tag.isBlank()) {
                clean.add(tag.strip());
            }
        }
        update(connection, "UPDATE drafts SET tags = ? WHERE id = ?", StringListJson.write(clean), id,
                "save the draft's tags in");
    }

    /** Trashing a draft already in the trash keeps its first trashing time. */
    void trash(Connection connection, long id, Instant now) throws StoreException {
        update(connection, "UPDATE drafts SET deleted_at = ifnull(deleted_at, ?) WHERE id = ?",
                DraftStore.TIME.format(now), id, "move the draft to the trash in");
    }

    void restore(Connection connection, long id) throws StoreException {
        update(connection, "UPDATE drafts SET deleted_at = ? WHERE id = ?", null, id, "restore the draft in");
    }

    /** Deletes the drafts in the trash for good; their publications stay in the log. */
    int emptyTrash(Connection connection) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM drafts WHERE deleted_at IS NOT NULL")) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "empty the trash in");
        }
    }

    private void update(Connection connection, String sql, String value, long id, String action)
            throws StoreException {
        int changed;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.setLong(2, id);
            changed = ps.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, action);
        }
        if (changed == 0) {
            throw new NoSuchElementException("there is no draft " + id + " in " + file);
        }
    }

    private List<DraftDetails> read(PreparedStatement ps) throws SQLException, StoreException {
        try (ResultSet rs = ps.executeQuery()) {
            List<DraftDetails> drafts = new ArrayList<>();
            while (rs.next()) {
                drafts.add(toDetails(rs));
            }
            return drafts;
        }
    }

    private DraftDetails toDetails(ResultSet rs) throws SQLException, StoreException {
        long id = rs.getLong("id");
        try {
            Draft draft = new Draft(id, StoredText.decode(rs.getString("title")), StoredText.decode(rs.getString("body")),
                    ContentType.fromId(rs.getString("type")), Language.fromId(rs.getString("language")),
                    Instant.parse(rs.getString("created")), Instant.parse(rs.getString("updated")));
            return new DraftDetails(draft, DraftStatus.fromId(rs.getString("status")),
                    StringListJson.read(rs.getString("tags")));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new StoreException(Kind.CORRUPT, file,
                    "Cannot read draft " + id + " in " + file + ": it holds a value ReaderFirst does not know.", e);
        }
    }
}
