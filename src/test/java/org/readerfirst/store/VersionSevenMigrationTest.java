package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/**
 * Version 8 keeps the opening of each text in the library list's index; a version 7 file gets it for
 * the drafts it holds, and the list is still read from the index alone.
 */
class VersionSevenMigrationTest {

    @TempDir
    Path dir;

    private Path versionSevenFile() throws Exception {
        Path file = dir.resolve("readerfirst.db");
        try (DraftStore store = DraftStore.open(file)) {
            Draft a = store.create("Hinnoittelu", "\n  Kolme asiaa hinnoittelusta.", ContentType.POST, Language.FINNISH);
            store.setTags(a.id(), List.of("saas"));
            store.create("Pricing", "Three things about pricing.", ContentType.ARTICLE, Language.ENGLISH);
        }
        VersionSevenDatabase.takeBackVersionEight(file);
        assertTrue(RawSql.rows(file, "SELECT name FROM pragma_table_xinfo('drafts') WHERE name = 'opening'").isEmpty());
        return file;
    }

    @Test
    void a_version_7_file_lists_its_drafts_with_their_openings() throws Exception {
        Path file = versionSevenFile();
        try (DraftStore store = DraftStore.open(file)) {
            assertEquals(Schema.latestVersion(), store.maintenance().schemaVersion());
            List<ListedDraft> listed = store.listing(null, null);
            assertEquals(List.of("Three things about pricing.", "Kolme asiaa hinnoittelusta."),
                    listed.stream().map(ListedDraft::excerpt).toList());
            assertEquals(List.of("saas"), listed.get(1).summary().tags());
            assertEquals("\n  Kolme asiaa hinnoittelusta.", store.find(listed.get(1).id()).orElseThrow().body());
            assertEquals("ok", store.maintenance().integrityCheck());
        }
    }

    @Test
    void the_list_with_its_openings_is_read_from_the_index_alone_in_its_order() throws Exception {
        Path file = versionSevenFile();
        DraftStore.open(file).close();

        // The index holds the opening itself: the bytecode reads no column of the table's rows.
        String query = "EXPLAIN SELECT id, title, type, language, created, updated, status, tags, opening"
                + " FROM drafts WHERE deleted_at IS NULL ORDER BY updated DESC, id DESC";
        StringBuilder program = new StringBuilder();
        int tableCursor = -1;
        int columnsOfTable = 0;
        try (Connection c = RawSql.connect(file); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                String op = rs.getString("opcode");
                program.append(op).append(' ').append(rs.getInt("p1")).append(' ').append(rs.getInt("p2")).append('\n');
                if (op.equals("OpenRead") && tableCursor < 0) {
                    tableCursor = rs.getInt("p1");
                } else if (op.equals("Column") && rs.getInt("p1") == tableCursor) {
                    columnsOfTable++;
                }
            }
        }
        assertEquals(0, columnsOfTable, program.toString());
        assertFalse(program.toString().contains("SorterOpen"), program.toString());
    }
}
