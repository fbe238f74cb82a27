package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.Audience;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Dismissal;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/**
 * Every text the writer can put in the store goes in as a value, never as SQL: titles, bodies, tags,
 * audiences, dismissed findings, sources, settings and searches full of quotes and SQL come back
 * exactly as written, and the tables are all still there.
 */
class DraftStoreHostileTextTest {

    private static final List<String> HOSTILE = List.of(
            "O'Brien's \"quoted\" title",
            "'; DROP TABLE drafts; --",
            "\"); DELETE FROM settings; --",
            "Robert'); DROP TABLE audiences;-- x",
            "100% of _all_ \\ backslashes \\' and \\\" escapes",
            "%",
            "_",
            "%_%' OR '1'='1",
            "NUL\u0000inside\u0000twice",
            "title:x OR body:y NEAR(a b, 2) \"phrase\" * ^start AND NOT -z +w",
            "\"unclosed FTS5 quote",
            "x' || (SELECT group_concat(name) FROM sqlite_master) || '",
            "Ääkköset ja emoji 🎉 and \t tab \r\n line");

    @TempDir
    Path dir;

    @Test
    void hostile_text_everywhere_is_read_back_byte_for_byte_and_the_schema_stays_whole() throws Exception {
        Path file = dir.resolve("readerfirst.db");
        List<String> tablesBefore;
        List<Long> ids = new ArrayList<>();
        try (DraftStore store = DraftStore.open(file)) {
            tablesBefore = StoreFaults.tables(store);
            for (int i = 0; i < HOSTILE.size(); i++) {
                String h = HOSTILE.get(i);
                Draft d = store.create(h, h + "\n\n" + h, ContentType.POST, Language.ENGLISH);
                ids.add(d.id());
                store.setTags(d.id(), List.of(h, "tag " + h));
                store.revisions().keep(d, RevisionReason.MANUAL);
                store.putSource(d.id(), new DraftSource(h, h, List.of(h), h, true));
                store.dismiss(d.id(), new Dismissal("rule-" + i, h));
                StoredAudience audience = store.saveAudience(0,
                        new Audience(h + " " + i, h, List.of(h), Language.ENGLISH));
                store.setDraftAudience(d.id(), audience.id());
                store.publishingLog().publish(d.id(), ContentType.POST, Instant.parse("2025-03-01T09:00:00Z"));
                store.putSetting(h, h);
            }
            store.putSetting("grammar.personal-dictionary", StringListJson.write(HOSTILE));
        }

        try (DraftStore store = DraftStore.open(file)) {
            for (int i = 0; i < HOSTILE.size(); i++) {
                String h = HOSTILE.get(i);
                long id = ids.get(i);
                Draft d = store.find(id).orElseThrow();
                assertSameBytes(h, d.title());
                assertSameBytes(h + "\n\n" + h, d.body());
                assertEquals(List.of(h, "tag " + h), store.details(id).orElseThrow().tags());
                Revision kept = store.revisions().find(store.revisions().ofDraft(id).get(0).id()).orElseThrow();
                assertSameBytes(h + "\n\n" + h, kept.body());
                assertEquals(new DraftSource(h, h, List.of(h), h, true), store.source(id).orElseThrow());
                assertEquals(Set.of(new Dismissal("rule-" + i, h)), store.dismissals(id));
                assertEquals(new Audience(h + " " + i, h, List.of(h), Language.ENGLISH),
                        store.audienceOf(id).orElseThrow().audience());
                assertSameBytes(h, store.setting(h).orElseThrow());
            }
            assertEquals(HOSTILE, StringListJson.read(store.setting("grammar.personal-dictionary").orElseThrow()));
            assertEquals(HOSTILE.size(), store.list().size());
            assertEquals(HOSTILE.size(), store.audiences().size());
            assertEquals(HOSTILE.size(), store.publishingLog().publications().size());
            assertEquals(tablesBefore, StoreFaults.tables(store));
            assertEquals("ok", store.maintenance().integrityCheck());
        }
    }

    @Test
    void searches_full_of_quotes_and_search_syntax_find_words_and_never_reach_sql() throws Exception {
        try (DraftStore store = DraftStore.open(dir.resolve("readerfirst.db"))) {
            for (String h : HOSTILE) {
                store.create(h, "", ContentType.POST, Language.ENGLISH);
            }
            for (String h : HOSTILE) {
                if (h.chars().anyMatch(Character::isLetterOrDigit)) {
                    List<String> found = store.listDetails(null, h).stream().map(x -> x.draft().title()).toList();
                    assertTrue(found.contains(h), h + " finds itself, found " + found);
                    assertEquals(found, store.summaries(null, h).stream().map(DraftSummary::title).toList());
                } else {
                    // Nothing to search for: refused as such, not passed to SQLite.
                    assertThrows(IllegalArgumentException.class, () -> store.listDetails(null, h));
                }
            }
            assertEquals(List.of("'; DROP TABLE drafts; --"),
                    store.listDetails(null, "DROP drafts").stream().map(x -> x.draft().title()).toList());
            assertEquals(HOSTILE.size(), store.list().size());
            assertEquals("ok", store.maintenance().integrityCheck());
        }
    }

    private static void assertSameBytes(String expected, String actual) {
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8),
                () -> "expected <" + expected + "> but was <" + actual + ">");
    }
}
