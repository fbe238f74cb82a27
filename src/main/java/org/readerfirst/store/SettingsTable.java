package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/** The app's settings, as keys and text values. {@link DraftStore} owns the connection and its lock. */
final class SettingsTable {

    private final Path file;

    SettingsTable(Path file) {
        this.file = file;
    }

    Optional<String> read(Connection connection, String key) throws StoreException {
        Objects.requireNonNull(key, "key");
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "read the settings from");
        }
    }

    void put(Connection connection, String key, String value) throws StoreException {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        String sql = "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "save the setting in");
        }
    }
}
