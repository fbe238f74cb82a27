package org.readerfirst.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftStoreDisabledRulesTest {

    @TempDir
    Path dir;

    private Path file;
    private DraftStore store;

    @BeforeEach
    void openStore() throws StoreException {
        file = dir.resolve("readerfirst.db");
        store = DraftStore.open(file);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void every_rule_is_on_at_first() throws StoreException {
        assertEquals(Set.of(), store.disabledRules());
    }

    @Test
    void rules_switched_off_are_listed_sorted_and_switching_one_on_again_removes_only_it() throws StoreException {
        store.setRuleEnabled("we-we-we", false);
        store.setRuleEnabled("buzzword", false);
        store.setRuleEnabled("hedge-2", false);
        assertEquals(List.of("buzzword", "hedge-2", "we-we-we"), List.copyOf(store.disabledRules()));

        store.setRuleEnabled("buzzword", true);

        assertEquals(Set.of("hedge-2", "we-we-we"), store.disabledRules());
    }

    @Test
    void switching_a_rule_to_the_state_it_is_in_changes_nothing() throws StoreException {
        store.setRuleEnabled("buzzword", false);
        store.setRuleEnabled("buzzword", false);
        store.setRuleEnabled("passive-voice", true);

        assertEquals(Set.of("buzzword"), store.disabledRules());
    }

    @Test
    void rules_switched_off_stay_off_after_a_reopen() throws StoreException {
        store.setRuleEnabled("buzzword", false);
        store.setRuleEnabled("long-sentence", false);
        store.close();

        try (DraftStore reopened = DraftStore.open(file)) {
            assertEquals(Set.of("buzzword", "long-sentence"), reopened.disabledRules());
        }
    }

    @Test
    void the_setting_is_one_readable_value_that_other_settings_do_not_disturb() throws StoreException {
        store.putSetting("theme", "dark");
        store.setRuleEnabled("we-we-we", false);
        store.setRuleEnabled("buzzword", false);

        assertEquals(Optional.of("[\"buzzword\",\"we-we-we\"]"), store.setting("disabled-rules"));
        assertEquals(Optional.of("dark"), store.setting("theme"));
    }

    @Test
    void a_string_that_is_not_a_rule_id_is_refused_and_nothing_is_stored() throws StoreException {
        for (String notAnId : List.of("", "Buzzword", "buzz word", "buzz,word", "-buzz", "buzz-", "buzz--word",
                "'); DROP TABLE drafts;--", "\"]", "sääntö")) {
            assertThrows(IllegalArgumentException.class, () -> store.setRuleEnabled(notAnId, false), notAnId);
        }
        assertThrows(NullPointerException.class, () -> store.setRuleEnabled(null, false));

        assertEquals(Set.of(), store.disabledRules());
        assertEquals(Optional.empty(), store.setting("disabled-rules"));
    }

    @Test
    void an_unreadable_value_counts_as_no_rules_off_and_the_next_change_replaces_it() throws StoreException {
        store.putSetting("disabled-rules", "buzzword, we-we-we");
        assertEquals(Set.of(), store.disabledRules());

        store.setRuleEnabled("hedge", false);

        assertEquals(Set.of("hedge"), store.disabledRules());
        assertEquals(Optional.of("[\"hedge\"]"), store.setting("disabled-rules"));
    }

    @Test
    void entries_that_are_not_rule_ids_are_left_out_and_the_rest_kept() throws StoreException {
        store.putSetting("disabled-rules", "[\"buzzword\", \"Not An Id\", \"'); DROP TABLE drafts;--\", \"hedge\"]");

        assertEquals(Set.of("buzzword", "hedge"), store.disabledRules());
    }

    @Test
    void two_stores_on_one_file_switching_different_rules_at_once_lose_none() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (DraftStore second = DraftStore.open(file)) {
            List<Callable<Void>> jobs = new ArrayList<>();
            Set<String> expected = new HashSet<>();
            for (int i = 0; i < 30; i++) {
                String first = "first-" + i;
                String other = "second-" + i;
                expected.add(first);
                expected.add(other);
                jobs.add(() -> {
                    store.setRuleEnabled(first, false);
                    return null;
                });
                jobs.add(() -> {
                    second.setRuleEnabled(other, false);
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(jobs)) {
                f.get();
            }

            assertEquals(expected, store.disabledRules());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_returned_set_cannot_be_changed_by_the_caller() throws StoreException {
        store.setRuleEnabled("buzzword", false);

        Set<String> disabled = store.disabledRules();

        assertThrows(UnsupportedOperationException.class, () -> disabled.add("hedge"));
    }
}
