package org.readerfirst.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A second, plain connection to a database file, to set up or inspect what the store cannot. */
final class RawSql {

    private RawSql() {
    }

    static void execute(Path file, String... statements) throws SQLException {
        try (Connection c = connect(file); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    /** The first column of every row, as text. */
    static List<String> rows(Path file, String query) throws SQLException {
        try (Connection c = connect(file); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri());
    }
}
