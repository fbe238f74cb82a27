package org.readerfirst.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.BuiltInRules;
import org.readerfirst.core.curation.CopiedRun;
import org.readerfirst.core.curation.SourceComparison;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.store.DraftSource;
import org.readerfirst.store.DraftStore;
import org.readerfirst.ui.app.MainViewModel;
import org.readerfirst.ui.app.WindowHarness;
import org.readerfirst.ui.common.Messages;
import org.testfx.api.FxToolkit;

/** The source beside a draft: kept with it, handed to the checks, compared for the highlights and figures. */
class SourcePaneViewModelTest {

    static final String SOURCE = "Why decision logs matter\nBy Anna Virtanen\n\nTeams that write down their decisions"
            + " and the reasons behind them ship faster, argue less and onboard new people in half the time.";
    static final String COPYING = "Teams that write down their decisions and the reasons behind them ship faster."
            + " So true!";

    private static RuleEngine engine;

    @TempDir
    Path folder;

    private WindowHarness window;
    private Draft draft;
    private Draft earlier;

    @BeforeAll
    static void loadRules() throws Exception {
        FxToolkit.registerPrimaryStage();
        engine = BuiltInRules.engine();
    }

    @BeforeEach
    void seed() throws Exception {
        Path db = folder.resolve("drafts.db");
        try (DraftStore store = DraftStore.open(db)) {
            earlier = store.create("Four days", "Three things we learned from moving support to a four-day week:"
                    + " response times held, sick days fell by a third, and hiring got easier. Here is how we measured"
                    + " each one.", ContentType.POST, Language.ENGLISH);
            store.publishingLog().publish(earlier.id(), ContentType.POST, Instant.parse("2026-10-02T09:00:00Z"));
            draft = store.create("Logs", "", ContentType.POST, Language.ENGLISH);
            store.putSetting(MainViewModel.LAST_DRAFT, Long.toString(draft.id()));
        }
        window = new WindowHarness(db, engine, () -> engine).open();
        window.settle();
    }

    @AfterEach
    void close() {
        window.close();
    }

    private SourcePaneViewModel pane() {
        return window.vm.models().sourcePane();
    }

    private boolean has(List<Finding> findings, String ruleId) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }

    @Test
    void a_pasted_source_is_checked_compared_and_counted() throws Exception {
        window.vm.models().editor().textProperty().set(COPYING);
        assertFalse(has(window.check(), "curation-copied-unquoted"));

        pane().paste(SOURCE);
        List<Finding> findings = window.check();
        assertTrue(has(findings, "curation-copied-unquoted"), findings.toString());
        window.runFxUntil(() -> pane().comparisonProperty().get() != null);

        SourceComparison c = pane().comparisonProperty().get();
        assertEquals(1, c.runs().size());
        CopiedRun run = c.runs().get(0);
        assertEquals("Teams that write down their decisions and the reasons behind them ship faster",
                COPYING.substring(run.start(), run.end()));
        assertEquals(COPYING.substring(run.start(), run.end()), SOURCE.substring(run.sourceStart(), run.sourceEnd()));
        assertEquals(run, pane().runAtDraft(run.start() + 3).orElseThrow());
        assertEquals(run, pane().runAtSource(run.sourceStart() + 3).orElseThrow());
        assertTrue(pane().runAtDraft(COPYING.length() - 1).isEmpty());
        assertEquals(Messages.get("source.figures.share", Math.round(c.copiedShare() * 100) + " %"),
                pane().copiedShareProperty().get());
        assertEquals(Messages.get("source.figures.own", "2"), pane().ownWordsProperty().get());
        assertEquals(Messages.get("source.figures.attributed", Messages.get("source.figures.no")),
                pane().attributedProperty().get());
    }

    @Test
    void the_source_and_the_open_pane_are_kept_with_the_draft() throws Exception {
        pane().openProperty().set(true);
        pane().paste(SOURCE);
        window.settle();
        assertEquals(new DraftSource(SOURCE, "Why decision logs matter", List.of("Anna Virtanen"), "", true),
                window.store.source(draft.id()).orElseThrow());

        window.reopen();
        window.runFxUntil(() -> pane().sourceProperty().get() != null);
        assertEquals(SOURCE, pane().sourceProperty().get().text());
        assertTrue(pane().openProperty().get());

        pane().clear();
        pane().openProperty().set(false);
        window.settle();
        assertEquals(DraftSource.empty(false), window.store.source(draft.id()).orElseThrow());
    }

    @Test
    void another_draft_has_its_own_source() throws Exception {
        pane().paste(SOURCE);
        window.settle();
        window.vm.models().drafts().select(window.vm.models().drafts().find(earlier.id()).orElseThrow());
        window.settle();
        assertNull(pane().sourceProperty().get());
        assertFalse(pane().openProperty().get());
    }

    @Test
    void a_draft_close_to_an_earlier_published_one_is_flagged_with_its_date() throws Exception {
        window.vm.models().editor().textProperty().set("Three things we learned from moving support to a four-day week:"
                + " response times held, sick days fell by a third, and hiring got easier. Ask me how.");
        List<Finding> findings = window.check();
        Finding near = findings.stream().filter(f -> f.ruleId().equals("curation-near-duplicate")).findFirst()
                .orElseThrow(() -> new AssertionError(findings.toString()));
        assertTrue(near.message().contains("very close to this on") && near.message().contains("2026"),
                near.message());
    }

    @Test
    void the_draft_being_checked_is_not_its_own_earlier_post() throws Exception {
        window.vm.models().drafts().select(window.vm.models().drafts().find(earlier.id()).orElseThrow());
        window.settle();
        assertFalse(has(window.check(), "curation-near-duplicate"));
    }

    @Test
    void a_file_becomes_the_source_and_a_bad_one_is_explained_and_changes_nothing() throws Exception {
        Path html = folder.resolve("logs.html");
        Files.writeString(html, "<html><head><title>Decision logs</title><meta name=\"author\" content=\"Anna Virtanen\">"
                + "</head><body><p>Teams that write down their decisions ship faster.</p></body></html>");
        settle(pane().openFile(html));
        assertTrue(pane().sourceProperty().get().text().contains("Teams that write down their decisions"));
        assertTrue(pane().openProperty().get());
        assertEquals("", pane().problemProperty().get());

        Path pdf = folder.resolve("logs.pdf");
        Files.writeString(pdf, "%PDF-1.4");
        settle(pane().openFile(pdf));
        assertEquals(Messages.get("source.file.kind", "logs.pdf"), pane().problemProperty().get());
        assertTrue(pane().sourceProperty().get().text().contains("Teams that write down their decisions"));

        Path latin1 = folder.resolve("old.txt");
        Files.write(latin1, "Päätösloki".getBytes(StandardCharsets.ISO_8859_1));
        settle(pane().openFile(latin1));
        assertEquals(Messages.get("source.file.encoding", "old.txt"), pane().problemProperty().get());

        Path image = folder.resolve("photo.md");
        Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        settle(pane().openFile(image));
        assertEquals(Messages.get("source.file.binary", "photo.md"), pane().problemProperty().get());

        // Saved by Notepad as "Unicode": UTF-16 with its mark, read like any other text, the mark dropped.
        Path utf16 = folder.resolve("notes.txt");
        Files.write(utf16, "\uFEFFPäätösloki kertoo, miksi.".getBytes(StandardCharsets.UTF_16LE));
        settle(pane().openFile(utf16));
        assertEquals("", pane().problemProperty().get());
        assertTrue(pane().sourceProperty().get().text().startsWith("Päätösloki"), pane().sourceProperty().get().text());
        settle(pane().openFile(html));

        settle(pane().openFile(folder.resolve("missing.md")));
        assertTrue(pane().problemProperty().get().contains("missing.md"), pane().problemProperty().get());
        assertTrue(pane().sourceProperty().get().text().contains("Teams that write down their decisions"));

        pane().paste("  ");
        assertEquals(Messages.get("source.paste.empty"), pane().problemProperty().get());
        assertTrue(pane().sourceProperty().get().text().contains("Teams that write down their decisions"));
    }

    private void settle(CompletableFuture<Void> done) throws Exception {
        window.runFxUntil(done::isDone);
    }
}
