package org.readerfirst.store;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules the writer switched off, kept as one setting: a sorted JSON array of rule ids.
 * {@link DraftStore} owns the connection and its lock and passes the connection in.
 */
final class DisabledRulesSetting {

    static final String KEY = "disabled-rules";

    // The same form rule packs must use for their ids.
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final System.Logger LOG = System.getLogger(DisabledRulesSetting.class.getName());

    private final Path file;

    DisabledRulesSetting(Path file) {
        this.file = file;
    }

    Set<String> read(Connection connection) throws StoreException {
        try {
            return Collections.unmodifiableSortedSet(readSorted(connection));
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the settings from");
        }
    }

    void setEnabled(Connection connection, String ruleId, boolean enabled) throws StoreException {
        Objects.requireNonNull(ruleId, "ruleId");
        if (!isRuleId(ruleId)) {
            throw new IllegalArgumentException("not a rule id: '" + ruleId + "' (expected letters a-z, digits and -)");
        }
        // Read and write under one write lock, so a second ReaderFirst switching another rule is not lost.
        try (Statement st = connection.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            try {
                SortedSet<String> disabled = readSorted(connection);
                boolean changed = enabled ? disabled.remove(ruleId) : disabled.add(ruleId);
                if (changed) {
                    write(connection, disabled);
                }
                st.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollBack(st, e);
                throw e;
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "save the setting in");
        }
    }

    /**
     * A value this version cannot read counts as no rules switched off, with a warning in the log:
     * losing a preference is better than refusing to check; the next change writes a clean value.
     */
    private SortedSet<String> readSorted(Connection connection) throws SQLException {
        SortedSet<String> disabled = new TreeSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            ps.setString(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return disabled;
                }
                for (String id : StringListJson.read(rs.getString(1))) {
                    if (isRuleId(id)) {
                        disabled.add(id);
                    } else {
                        LOG.log(Level.WARNING, "Ignoring ''{0}'' in setting {1} of {2}: not a rule id", id, KEY, file);
                    }
                }
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Ignoring setting " + KEY + " of " + file + ": it is not a list of rule ids", e);
            }
        }
        return disabled;
    }

    private static void write(Connection connection, Set<String> disabled) throws SQLException {
        String sql = "INSERT INTO settings (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, KEY);
            ps.setString(2, StringListJson.write(disabled));
            ps.executeUpdate();
        }
    }

    private static boolean isRuleId(String ruleId) {
        return RULE_ID.matcher(ruleId).matches();
    }

    private static void rollBack(Statement st, Exception failure) {
        try {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
