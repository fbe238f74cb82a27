package org.readerfirst.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.CheckedPrefix;

/**
 * The service around its checkers: failures, long texts, Voikko present or missing. English here is a
 * stand-in for LanguageTool, so that failures can be provoked; Voikko is the real one, or the real one
 * missing.
 */
class GrammarServiceTest {

    private static final VoikkoLocation NO_VOIKKO = new VoikkoLocation("voikko-not-installed", null, "fi");

    private static GrammarService service(Proofreader english, VoikkoLocation voikko) {
        return new GrammarService(new ProofreaderFactory() {
            @Override
            public Proofreader english(EnglishVariant variant) {
                return english;
            }

            @Override
            public Proofreader finnish() throws VoikkoUnavailableException {
                return VoikkoFinnish.open(voikko);
            }
        }, EnglishVariant.AMERICAN).start();
    }

    private static GrammarResult check(GrammarService service, String text, Language language) throws Exception {
        return service.check(new TextSnapshot(text, ContentType.POST, language), GrammarOptions.defaults())
                .get(30, TimeUnit.SECONDS);
    }

    @Test
    void an_exception_inside_the_checker_becomes_a_notice_not_a_crash() throws Exception {
        try (GrammarService service = service((p, o, c) -> {
            throw new IllegalStateException("broken rule");
        }, VoikkoLocation.system())) {
            GrammarResult result = check(service, "Any text at all.", Language.ENGLISH);
            assertEquals(List.of("grammar check unavailable for this text"), result.notices());
            assertFalse(result.complete());
            assertEquals(List.of(), result.findings());
        }
    }

    @Test
    void running_out_of_memory_in_the_checker_becomes_a_notice_and_the_service_lives_on() throws Exception {
        int[] calls = {0};
        try (GrammarService service = service((p, o, c) -> {
            if (calls[0]++ == 0) {
                throw new OutOfMemoryError("a pathological sentence");
            }
            return List.of();
        }, VoikkoLocation.system())) {
            assertEquals(List.of("grammar check unavailable for this text"),
                    check(service, "First text.", Language.ENGLISH).notices());
            assertTrue(check(service, "Second text.", Language.ENGLISH).complete());
        }
    }

    @Test
    void a_very_long_text_is_checked_up_to_where_the_rules_stop_and_says_how_far() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        StringBuilder text = new StringBuilder();
        while (text.length() < GrammarService.MAX_CHARS + 50_000) {
            text.append("A paragraph of a very long article, number ").append(text.length()).append(".\n\n");
        }
        try (GrammarService service = service((p, o, c) -> {
            seen.add(p);
            return List.of();
        }, VoikkoLocation.system())) {
            GrammarResult result = check(service, text.toString(), Language.ENGLISH);
            assertFalse(result.complete());
            assertTrue(result.checkedUpTo() <= GrammarService.MAX_CHARS);
            assertTrue(result.checkedUpTo() > GrammarService.MAX_CHARS - 1_000);
            assertTrue(seen.stream().mapToInt(String::length).sum() <= GrammarService.MAX_CHARS);
            assertEquals(CheckedPrefix.end(text.toString()), result.checkedUpTo());
            // The writer hears of the rest once, from whoever shows the checks, not again from grammar.
            assertEquals(List.of(), result.notices());
        }
    }

    @Test
    void without_voikko_finnish_is_unavailable_with_a_kind_message_and_english_still_works() throws Exception {
        Finding mistake = new Finding("lt:TEST", Category.GRAMMAR, Severity.WARNING, 0, 2, "test", "", List.of());
        List<GrammarState> states = new CopyOnWriteArrayList<>();
        try (GrammarService service = service((p, o, c) -> List.of(mistake), NO_VOIKKO)) {
            service.addStateListener(states::add);
            service.loaded().get(30, TimeUnit.SECONDS);
            GrammarState finnish = service.state(Language.FINNISH);
            assertEquals(GrammarState.Availability.UNAVAILABLE, finnish.availability());
            assertTrue(finnish.reason().contains("sudo apt-get install libvoikko1 voikko-fi"), finnish.reason());
            assertTrue(finnish.reason().contains("voikko.puimula.org"), finnish.reason());
            assertEquals(1, finnish.reason().lines().count());

            GrammarResult fi = check(service, "Kisssa istui ikkunalla.", Language.FINNISH);
            assertEquals(List.of(finnish.reason()), fi.notices());
            assertEquals(List.of(), fi.findings());
            assertEquals(List.of(mistake), check(service, "He go to work.", Language.ENGLISH).findings());
        }
    }

    @Test
    void the_service_checks_finnish_through_voikko_and_applies_the_personal_dictionary_and_knows_linkedin() throws Exception {
        try (GrammarService service = service((p, o, c) -> List.of(), VoikkoLocation.system())) {
            String text = "Julkaisin eilen ReaderFirstillä kirjoitetun päivityksen LinkedIn:ssä.\n\nKisssa istui ikkunalla.";
            GrammarResult result = check(service, text, Language.FINNISH);
            assertEquals(Set.of("ReaderFirstillä", "Kisssa"), result.findings().stream()
                    .map(f -> text.substring(f.start(), f.end())).collect(java.util.stream.Collectors.toSet()));
            GrammarResult known = service.check(new TextSnapshot(text, ContentType.POST, Language.FINNISH),
                    GrammarOptions.defaults().withPersonalDictionary(Set.of("ReaderFirstillä"))).get(30, TimeUnit.SECONDS);
            assertEquals(List.of("Kisssa"), known.findings().stream().map(f -> text.substring(f.start(), f.end())).toList());
        }
    }

    @Test
    void a_state_listener_hears_each_language_become_ready() throws Exception {
        List<GrammarState> states = new CopyOnWriteArrayList<>();
        GrammarService service = new GrammarService(new ProofreaderFactory() {
            @Override
            public Proofreader english(EnglishVariant variant) {
                return (p, o, c) -> List.of();
            }

            @Override
            public Proofreader finnish() throws VoikkoUnavailableException {
                return VoikkoFinnish.open(VoikkoLocation.system());
            }
        }, EnglishVariant.AMERICAN);
        try (service) {
            assertEquals(GrammarState.Availability.LOADING, service.state(Language.ENGLISH).availability());
            service.addStateListener(states::add);
            service.start().loaded().get(30, TimeUnit.SECONDS);
            assertEquals(Set.of(Language.ENGLISH, Language.FINNISH),
                    states.stream().filter(GrammarState::isReady).map(GrammarState::language)
                            .collect(java.util.stream.Collectors.toSet()));
        }
    }
}
