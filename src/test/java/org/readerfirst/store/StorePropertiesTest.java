package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.readerfirst.HostileText;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/** Whatever the writer's text holds, the store gives it back exactly as it was saved. */
class StorePropertiesTest {

    private static Path folder;
    private static DraftStore store;

    @BeforeContainer
    static void open() throws Exception {
        folder = Files.createTempDirectory("readerfirst-store-properties");
        store = DraftStore.open(folder.resolve("drafts.db"));
    }

    @AfterContainer
    static void close() throws IOException {
        store.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> hostileText() {
        return HostileText.text();
    }

    @Property(tries = 200)
    void every_draft_is_read_back_char_for_char(@ForAll("hostileText") String title, @ForAll("hostileText") String body,
                                                 @ForAll ContentType type) throws Exception {
        Draft created = store.create(title, body, type, Language.AUTO);
        Draft read = store.find(created.id()).orElseThrow();
        assertEquals(body, read.body());
        assertEquals(title.isBlank() ? read.title() : title, read.title());
        Draft edited = store.save(read.withBody(body + "\u0000" + body, java.time.Instant.now()));
        assertEquals(body + "\u0000" + body, store.find(edited.id()).orElseThrow().body());
    }

    @Property(tries = 2)
    void a_megabyte_draft_is_read_back_whole(@ForAll("hostileText") String piece) throws Exception {
        String body = (piece + "\n").repeat(1 + 1_000_000 / (piece.length() + 1));
        Draft created = store.create("big", body, ContentType.ARTICLE, Language.AUTO);
        assertEquals(body, store.find(created.id()).orElseThrow().body());
    }
}
