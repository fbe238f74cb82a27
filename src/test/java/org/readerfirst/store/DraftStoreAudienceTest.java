package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.Audience;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.StoreException.Kind;

class DraftStoreAudienceTest {

    private static final Audience CFOS = new Audience("Finance leaders", "CFOs of mid-size Nordic companies",
            List.of("cash flow", "month-end close"), Language.ENGLISH);
    private static final Audience DEVS = new Audience("Developers", "", List.of("tooling"), Language.AUTO);

    @TempDir
    Path dir;

    private Path file;
    private final ManualClock clock = new ManualClock(Instant.parse("2025-03-01T09:00:00.123Z"));
    private DraftStore store;

    @BeforeEach
    void openStore() throws StoreException {
        file = dir.resolve("readerfirst.db");
        store = DraftStore.open(file, clock);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void a_new_audience_gets_an_id_and_comes_back_as_saved() throws StoreException {
        StoredAudience saved = store.saveAudience(0, CFOS);

        assertTrue(saved.id() > 0);
        assertEquals(CFOS, saved.audience());
        assertEquals(List.of(saved), store.audiences());
    }

    @Test
    void interests_with_commas_quotes_emoji_and_finnish_letters_come_back_exactly_after_a_reopen()
            throws StoreException {
        List<String> interests = List.of("cash flow, forecasting", "\"zero-based\" budgets", "it's 'quoted'",
                "back\\slash", "[\"looks\", \"like JSON\"]", "kassavirta ja tilinpäätös", "Åland, Öljy, äes",
                "emoji 👩🏽‍💻🇫🇮", "two\nlines", "NUL\u0000inside");
        Audience audience = new Audience("Talousjohtajat 📈", "Suomalaiset \"CFO:t\", pienet ja keskisuuret",
                interests, Language.FINNISH);
        StoredAudience saved = store.saveAudience(0, audience);
        store.close();

        try (DraftStore reopened = DraftStore.open(file, clock)) {
            assertEquals(List.of(new StoredAudience(saved.id(), audience)), reopened.audiences());
            assertEquals(interests, reopened.audiences().get(0).audience().interests());
        }
    }

    @Test
    void an_audience_with_no_interests_and_no_description_round_trips() throws StoreException {
        Audience bare = new Audience("Anyone", null, null, null);

        StoredAudience saved = store.saveAudience(0, bare);

        assertEquals(List.of(saved), store.audiences());
        assertEquals(List.of(), store.audiences().get(0).audience().interests());
    }

    @Test
    void audiences_are_listed_by_name() throws StoreException {
        StoredAudience cfos = store.saveAudience(0, CFOS);
        StoredAudience devs = store.saveAudience(0, DEVS);
        StoredAudience lower = store.saveAudience(0, new Audience("designers", "", List.of(), Language.AUTO));

        assertEquals(List.of(lower, devs, cfos), store.audiences());
    }

    @Test
    void saving_with_an_id_replaces_that_audience_and_keeps_its_drafts_linked() throws StoreException {
        StoredAudience cfos = store.saveAudience(0, CFOS);
        StoredAudience devs = store.saveAudience(0, DEVS);
        Draft draft = store.create("Q4", "", ContentType.POST, Language.ENGLISH);
        store.setDraftAudience(draft.id(), cfos.id());
        Audience renamed = new Audience("Nordic CFOs", "Renamed", List.of("audit"), Language.FINNISH);

        StoredAudience updated = store.saveAudience(cfos.id(), renamed);

        assertEquals(new StoredAudience(cfos.id(), renamed), updated);
        assertEquals(List.of(devs, updated), store.audiences());
        assertEquals(Optional.of(updated), store.audienceOf(draft.id()));
    }

    @Test
    void saving_an_audience_under_the_same_name_again_updates_it() throws StoreException {
        StoredAudience cfos = store.saveAudience(0, CFOS);
        Audience sameName = new Audience(CFOS.name(), "More detail", List.of("IFRS"), Language.ENGLISH);

        store.saveAudience(cfos.id(), sameName);

        assertEquals(List.of(new StoredAudience(cfos.id(), sameName)), store.audiences());
    }

    @Test
    void a_new_audience_with_a_name_already_taken_is_refused_in_plain_words() throws StoreException {
        StoredAudience cfos = store.saveAudience(0, CFOS);
        Audience twin = new Audience(CFOS.name(), "someone else", List.of("other"), Language.FINNISH);

        StoreException e = assertThrows(StoreException.class, () -> store.saveAudience(0, twin));

        assertEquals(Kind.NAME_TAKEN, e.kind());
        assertEquals("Could not save the audience in " + file
                + ": another audience is already called \"Finance leaders\".", e.getMessage());
        assertEquals(List.of(cfos), store.audiences());
    }

    @Test
    void renaming_an_audience_to_a_name_already_taken_is_refused_and_changes_nothing() throws StoreException {
        StoredAudience cfos = store.saveAudience(0, CFOS);
        StoredAudience devs = store.saveAudience(0, DEVS);

        StoreException e = assertThrows(StoreException.class,
                () -> store.saveAudience(devs.id(), new Audience(CFOS.name(), "", List.of(), Language.AUTO)));

        assertEquals(Kind.NAME_TAKEN, e.kind());
        assertEquals(List.of(devs, cfos), store.audiences());
    }

    @Test
    void names_differing_only_in_case_are_different_audiences() throws StoreException {
        store.saveAudience(0, CFOS);

        store.saveAudience(0, new Audience("finance leaders", "", List.of(), Language.AUTO));

        assertEquals(2, store.audiences().size());
    }

    @Test
    void saving_under_an_id_no_audience_has_is_refused_instead_of_creating_one() throws StoreException {
        StoredAudience cfos = store.saveAudience(0, CFOS);
        store.deleteAudience(cfos.id());

        assertThrows(NoSuchElementException.class, () -> store.saveAudience(cfos.id(), CFOS));
        assertThrows(IllegalArgumentException.class, () -> store.saveAudience(-1, CFOS));
        assertEquals(List.of(), store.audiences());
    }

    @Test
    void a_draft_has_no_audience_until_one_is_set_and_clearing_it_leaves_none() throws StoreException {
        StoredAudience cfos = store.saveAudience(0, CFOS);
        Draft draft = store.create("Q4", "", ContentType.POST, Language.ENGLISH);
        assertEquals(Optional.empty(), store.audienceOf(draft.id()));

        store.setDraftAudience(draft.id(), cfos.id());
        assertEquals(Optional.of(cfos), store.audienceOf(draft.id()));

        store.setDraftAudience(draft.id(), null);
        assertEquals(Optional.empty(), store.audienceOf(draft.id()));
        assertEquals(List.of(cfos), store.audiences(), "clearing the link keeps the audience");
    }

    @Test
    void choosing_an_audience_does_not_count_as_editing_the_draft() throws StoreException {
        StoredAudience cfos = store.saveAudience(0, CFOS);
        Draft draft = store.create("Q4", "", ContentType.POST, Language.ENGLISH);
        clock.advance(Duration.ofHours(1));

        store.setDraftAudience(draft.id(), cfos.id());

        assertEquals(Optional.of(draft), store.find(draft.id()));
    }

    @Test
    void a_draft_keeps_its_audience_after_a_reopen() throws StoreException {
        StoredAudience cfos = store.saveAudience(0, CFOS);
        Draft draft = store.create("Q4", "", ContentType.POST, Language.ENGLISH);
        store.setDraftAudience(draft.id(), cfos.id());
        store.close();

        try (DraftStore reopened = DraftStore.open(file, clock)) {
            assertEquals(Optional.of(cfos), reopened.audienceOf(draft.id()));
        }
    }

    @Test
    void deleting_an_audience_keeps_its_drafts_with_no_audience_and_leaves_other_links_alone()
            throws StoreException {
        StoredAudience cfos = store.saveAudience(0, CFOS);
        StoredAudience devs = store.saveAudience(0, DEVS);
        Draft forCfos = store.create("Q4", "numbers", ContentType.POST, Language.ENGLISH);
        Draft alsoForCfos = store.create("Audit", "", ContentType.ARTICLE, Language.ENGLISH);
        Draft forDevs = store.create("Tooling", "", ContentType.POST, Language.ENGLISH);
        store.setDraftAudience(forCfos.id(), cfos.id());
        store.setDraftAudience(alsoForCfos.id(), cfos.id());
        store.setDraftAudience(forDevs.id(), devs.id());

        store.deleteAudience(cfos.id());
        store.deleteAudience(cfos.id());

        assertEquals(List.of(devs), store.audiences());
        assertEquals(Optional.empty(), store.audienceOf(forCfos.id()));
        assertEquals(Optional.empty(), store.audienceOf(alsoForCfos.id()));
        assertEquals(Optional.of(devs), store.audienceOf(forDevs.id()));
        assertEquals(List.of(forDevs, alsoForCfos, forCfos), store.list(), "the drafts themselves are untouched");
    }

    @Test
    void a_new_audience_that_reuses_a_deleted_ones_id_is_not_linked_to_its_old_drafts() throws StoreException {
        StoredAudience cfos = store.saveAudience(0, CFOS);
        Draft draft = store.create("Q4", "", ContentType.POST, Language.ENGLISH);
        store.setDraftAudience(draft.id(), cfos.id());
        store.deleteAudience(cfos.id());

        store.saveAudience(0, DEVS);

        assertEquals(Optional.empty(), store.audienceOf(draft.id()));
    }

    @Test
    void linking_to_a_missing_audience_or_a_missing_draft_is_refused_and_changes_nothing() throws StoreException {
        StoredAudience cfos = store.saveAudience(0, CFOS);
        Draft draft = store.create("Q4", "", ContentType.POST, Language.ENGLISH);
        store.setDraftAudience(draft.id(), cfos.id());

        NoSuchElementException noAudience = assertThrows(NoSuchElementException.class,
                () -> store.setDraftAudience(draft.id(), cfos.id() + 100));
        NoSuchElementException noDraft = assertThrows(NoSuchElementException.class,
                () -> store.setDraftAudience(draft.id() + 100, cfos.id()));

        assertTrue(noAudience.getMessage().contains("no audience " + (cfos.id() + 100)), noAudience.getMessage());
        assertTrue(noDraft.getMessage().contains("no draft " + (draft.id() + 100)), noDraft.getMessage());
        assertEquals(Optional.of(cfos), store.audienceOf(draft.id()));
    }

    @Test
    void a_missing_draft_has_no_audience() throws StoreException {
        assertEquals(Optional.empty(), store.audienceOf(42));
    }

    @Test
    void sql_in_an_audience_is_stored_as_plain_text() throws StoreException {
        String attack = "'); DROP TABLE drafts;--";
        Draft draft = store.create("Q4", "", ContentType.POST, Language.ENGLISH);
        Audience hostile = new Audience(attack, attack + " \"; DELETE FROM audiences; --",
                List.of(attack, "\"]; DROP TABLE audiences;--"), Language.ENGLISH);

        StoredAudience saved = store.saveAudience(0, hostile);
        store.setDraftAudience(draft.id(), saved.id());

        assertEquals(List.of(new StoredAudience(saved.id(), hostile)), store.audiences());
        assertEquals(Optional.of(saved), store.audienceOf(draft.id()));
        assertEquals(1, store.list().size());
    }

    @Test
    void an_audience_holding_a_language_or_interests_this_version_cannot_read_is_reported_not_guessed()
            throws Exception {
        StoredAudience cfos = store.saveAudience(0, CFOS);
        RawSql.execute(file, "UPDATE audiences SET interests = 'cash flow, audit' WHERE id = " + cfos.id());

        StoreException e = assertThrows(StoreException.class, () -> store.audiences());

        assertEquals(Kind.CORRUPT, e.kind());
        assertTrue(e.getMessage().contains("audience " + cfos.id()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());

        RawSql.execute(file, "UPDATE audiences SET interests = '[]', language = 'sv'");
        assertEquals(Kind.CORRUPT, assertThrows(StoreException.class, () -> store.audiences()).kind());
    }
}
