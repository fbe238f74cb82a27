package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.rules.CheckedPrefix;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.export.Exporter;
import org.readerfirst.ui.common.Messages;
import org.testfx.api.FxToolkit;

/** The check panel says how much of a text too long to check whole it checked and how much it left. */
class TooLongNoticeTest {

    private static RuleEngine engine;

    @TempDir
    Path folder;
    private WindowHarness window;

    @BeforeAll
    static void loadRules() throws Exception {
        FxToolkit.registerPrimaryStage();
        engine = BuiltInRules.engine();
    }

    @BeforeEach
    void open() throws Exception {
        window = new WindowHarness(folder.resolve("drafts.db"), engine, () -> engine).open();
    }

    @AfterEach
    void close() {
        window.close();
        Messages.use(Locale.ENGLISH);
    }

    private static String longText() {
        return "Three lessons from our pilot in Oulu, and one from Tampere. ".repeat(CheckedPrefix.MAX_CHARS / 50);
    }

    @Test
    void a_text_past_the_cap_gets_a_notice_with_what_was_checked_and_what_was_left() throws Exception {
        String text = longText();
        window.vm.models().editor().textProperty().set(text);
        window.check();
        window.runFxUntil(() -> !window.vm.models().panel().notices().isEmpty()
                && window.vm.models().editor().linkedInLengthProperty().get() > 0);

        CheckResult shown = window.vm.models().editor().live().lastResultProperty().get();
        int checked = CheckedPrefix.end(text);
        assertEquals(checked, shown.checkedChars());
        // In the counter's characters (what LinkedIn receives): the two figures add up to what it shows.
        int first = Exporter.linkedInLength(text.substring(0, checked), ContentType.POST, Language.AUTO);
        int all = window.vm.models().editor().linkedInLengthProperty().get();
        assertEquals(Exporter.linkedInLength(text, ContentType.POST, Language.AUTO), all);
        assertEquals(List.of(String.format(Locale.ROOT,
                "Checked the first %,d characters; the remaining %,d were not checked.", first, all - first)),
                window.vm.models().panel().notices());
    }

    @Test
    void the_notice_goes_when_the_text_is_short_enough_again() throws Exception {
        window.vm.models().editor().textProperty().set(longText());
        window.check();
        window.vm.models().editor().textProperty().set("Three lessons from our pilot.");
        window.check();
        assertEquals(List.of(), window.vm.models().panel().notices());
    }

    @Test
    void a_closed_notice_stays_closed_while_the_writer_keeps_typing() throws Exception {
        window.vm.models().editor().textProperty().set(longText());
        window.check();
        window.runFxUntil(() -> !window.vm.models().panel().notices().isEmpty());
        window.vm.models().panel().closeNotice(window.vm.models().panel().notices().get(0));
        window.vm.models().editor().textProperty().set(longText() + "One more line.");
        window.check();
        assertEquals(List.of(), window.vm.models().panel().notices());
    }

    @Test
    void the_notice_is_in_finnish_for_a_finnish_writer() throws Exception {
        Messages.use(Locale.forLanguageTag("fi"));
        window.vm.models().editor().textProperty().set(longText());
        window.check();
        window.runFxUntil(() -> !window.vm.models().panel().notices().isEmpty());
        String notice = window.vm.models().panel().notices().get(0);
        assertTrue(notice.startsWith("Tarkistettiin ensimmäiset ") && notice.endsWith(" merkkiä ei tarkistettu."),
                notice);
    }
}
