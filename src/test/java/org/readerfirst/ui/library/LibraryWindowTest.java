package org.readerfirst.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Text;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.DraftStore;
import org.readerfirst.ui.app.AppWindow;
import org.readerfirst.ui.app.AppWindows;
import org.readerfirst.ui.app.MainViewModel;
import org.readerfirst.ui.panel.PanelRow;
import org.readerfirst.ui.publishing.PublishingLogViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The drafts library, the publishing log and the second editor, driven through the real window. */
class LibraryWindowTest {

    private static final String SUPPORT = "Three things we changed in our support rota, and what each did to response times.";

    @RegisterExtension
    final AppWindows windows = new AppWindows();

    private final FxRobot robot = new FxRobot();
    private AppWindow window;

    private void start() throws TimeoutException {
        window = windows.open();
    }

    @SuppressWarnings("unchecked")
    private ListView<DraftItem> drafts() {
        return robot.lookup("#drafts").queryAs(ListView.class);
    }

    private List<String> listed() {
        return drafts().getItems().stream().map(i -> i.title()).toList();
    }

    private Set<String> marked() {
        return robot.lookup("#drafts .search-match").queryAllAs(Text.class).stream().map(Text::getText)
                .collect(java.util.stream.Collectors.toSet());
    }

    private boolean mainFlagsThirdUpdate() {
        return findingsText().contains("update number 3");
    }

    @SuppressWarnings("unchecked")
    private String findingsText() {
        ListView<PanelRow> findings = robot.lookup("#findings").queryAs(ListView.class);
        return findings.getItems().stream().filter(r -> r instanceof PanelRow.Item)
                .map(r -> ((PanelRow.Item) r).finding().message()).reduce("", String::concat);
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typing_in_the_search_box_lists_only_matching_drafts_with_the_match_marked() throws Exception {
        windows.seed(store -> {
            store.create("Team rhythm", "Fewer meetings, more written updates.", ContentType.POST, Language.ENGLISH);
            store.create("Etätyö", "Kirjoitin työelämästä ja etätyöstä.", ContentType.POST, Language.FINNISH);
            store.create("Hiring", "Three things we changed in hiring.", ContentType.POST, Language.ENGLISH);
        });
        start();
        assertEquals(3, listed().size());

        robot.clickOn("#draft-search").write("meeting");
        // "m", typed first, lists the same draft with "more" marked too: wait for the whole word's search.
        waitFor(() -> listed().equals(List.of("Team rhythm")) && marked().equals(Set.of("meetings")));

        robot.interact(() -> robot.lookup("#draft-search").queryAs(TextField.class).clear());
        robot.clickOn("#draft-search").write("työelämä");
        waitFor(() -> listed().equals(List.of("Etätyö")) && marked().equals(Set.of("työelämästä")));

        robot.interact(() -> robot.lookup("#draft-search").queryAs(TextField.class).clear());
        waitFor(() -> listed().size() == 3);
        assertTrue(marked().isEmpty());
    }

    @Test
    void two_posts_marked_published_show_as_published_and_only_a_third_is_one_too_many() throws Exception {
        start();
        robot.clickOn("#editor").write(SUPPORT);
        KeyCodeCombination publish = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN);
        KeyCodeCombination newDraft = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

        robot.push(publish);
        waitFor(() -> logSize() == 1);
        // The drafts list follows at once, not after a restart.
        waitFor(() -> rowsSaying("Published") == 1);

        robot.push(newDraft);
        waitFor(() -> drafts().getItems().size() == 2);
        robot.clickOn("#editor").write(SUPPORT + " Two.");
        waitFor(() -> !findingsText().isEmpty());
        assertFalse(findingsText().contains("update number"), "a second update in a day is fine");
        robot.push(publish);
        waitFor(() -> logSize() == 2);
        waitFor(() -> rowsSaying("Published") == 2);
        // Published, the draft is the log's second entry: a keystroke's check does not count it again.
        robot.clickOn("#editor").write(" Done!!!");
        waitFor(() -> findingsText().contains("one mark is enough"));
        assertFalse(findingsText().contains("update number"), findingsText());

        robot.push(newDraft);
        waitFor(() -> drafts().getItems().size() == 3);
        robot.clickOn("#editor").write(SUPPORT + " Three.");
        waitFor(this::mainFlagsThirdUpdate);
    }

    @Test
    void a_new_draft_is_listed_by_its_first_line_not_as_untitled() throws Exception {
        start();
        robot.push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> drafts().getItems().size() == 2);
        robot.clickOn("#editor").write("Support rota, week 12\nThree things changed.");
        waitFor(() -> listed().contains("Support rota, week 12"));
        try (DraftStore store = DraftStore.open(windows.database())) {
            assertTrue(store.list().stream().anyMatch(d -> d.title().equals("Support rota, week 12")),
                    "the title is stored, for the publishing log and the revisions too");
        }
    }

    @Test
    void the_finnish_window_writes_the_log_and_the_next_slot_in_finnish_at_a_working_hour() throws Exception {
        Instant now = Instant.now();
        windows.seed(store -> {
            store.putSetting("appearance.language", "finnish");
            Draft a = store.create("Maanantain muistio", "Muistio.", ContentType.POST, Language.FINNISH);
            Draft b = store.create("Toinen muistio", "Toinen.", ContentType.POST, Language.FINNISH);
            store.publishingLog().publish(a.id(), ContentType.POST, now.minusSeconds(30));
            store.publishingLog().publish(b.id(), ContentType.POST, now.minusSeconds(20));
        });
        start();
        robot.push(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        waitFor(() -> robot.lookup("#log-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<PublishingLogViewModel.Entry> table = robot.lookup("#log-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 2);
        String when = String.valueOf(table.getColumns().get(0).getCellData(0));
        assertTrue(when.matches("\\p{L}{2} \\d{1,2}\\.\\d{1,2}\\.\\d{4} klo \\d{1,2}\\.\\d{2}"), when);
        // Two updates today: the next is tomorrow, proposed at nine, not at midnight.
        String next = robot.lookup(".chart-next").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(next.contains("klo 9.00"), next);

        // Escape closes the log, as it closes the other dialogs; so does its Close button.
        robot.clickOn("#log-table").push(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#log-table").tryQuery().isEmpty());
        robot.push(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        waitFor(() -> robot.lookup("#log-close").tryQuery().isPresent());
        robot.clickOn("#log-close");
        waitFor(() -> robot.lookup("#log-table").tryQuery().isEmpty());
    }

    /** How many rows of the drafts list show the status given, as the writer reads it. */
    private long rowsSaying(String status) {
        return robot.lookup("#drafts .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getAccessibleText() != null && c.getAccessibleText().contains(status)).count();
    }

    private int logSize() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.app().view().viewModel().models().publishingLog().entries().size()).get();
    }

    @Test
    void removing_and_correcting_log_entries_update_the_chart_and_the_findings() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant dayStart = LocalDate.now().atStartOfDay(ZoneId.systemDefault()).toInstant();
        Instant earlier = now.minusSeconds(60).isBefore(dayStart) ? now : now.minusSeconds(60);
        windows.seed(store -> {
            Draft a = store.create("Monday note", "A note.", ContentType.POST, Language.ENGLISH);
            Draft b = store.create("Second note", "Another.", ContentType.POST, Language.ENGLISH);
            store.publishingLog().publish(a.id(), ContentType.POST, earlier);
            store.publishingLog().publish(b.id(), ContentType.POST, earlier);
            Draft third = store.create("Third update", SUPPORT, ContentType.POST, Language.ENGLISH);
            store.putSetting(MainViewModel.LAST_DRAFT, Long.toString(third.id()));
        });
        start();
        waitFor(this::mainFlagsThirdUpdate);

        robot.push(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        waitFor(() -> robot.lookup("#log-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<PublishingLogViewModel.Entry> table = robot.lookup("#log-table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 2);
        assertEquals(2, updatesThisWeek());

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#log-remove");
        DialogPane confirm = robot.lookup("#confirm-log-remove").queryAs(DialogPane.class);
        robot.clickOn(confirm.lookupAll(".button").stream().filter(n -> n instanceof Button btn
                && btn.getText().equals("Remove")).findFirst().orElseThrow());
        waitFor(() -> table.getItems().size() == 1);
        assertEquals(1, updatesThisWeek());
        waitFor(() -> !mainFlagsThirdUpdate());

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#log-correct");
        DatePicker date = robot.lookup("#log-date").queryAs(DatePicker.class);
        robot.interact(() -> date.setValue(LocalDate.now().minusWeeks(1)));
        DialogPane correct = robot.lookup("#log-correct-dialog").queryAs(DialogPane.class);
        robot.clickOn((Node) correct.lookupButton(javafx.scene.control.ButtonType.OK));
        waitFor(() -> updatesThisWeek() == 0);
        assertEquals(1, updatesInWeek(PublishingLogViewModel.WEEKS - 2));
    }

    private int updatesThisWeek() {
        return updatesInWeek(PublishingLogViewModel.WEEKS - 1);
    }

    @SuppressWarnings("unchecked")
    private int updatesInWeek(int index) {
        BarChart<String, Number> chart = robot.lookup("#cadence-chart").queryAs(BarChart.class);
        XYChart.Series<String, Number> updates = chart.getData().get(0);
        return updates.getData().get(index).getYValue().intValue();
    }

    @Test
    void a_duplicate_opens_as_a_copy_and_a_second_draft_opens_beside_with_its_own_checks() throws Exception {
        windows.seed(store -> {
            store.create("Announcement", "New article out today: link in the comments.", ContentType.POST,
                    Language.ENGLISH);
            Draft article = store.create("Warehouses", "What we learned moving thirty warehouses.",
                    ContentType.ARTICLE, Language.ENGLISH);
            store.putSetting(MainViewModel.LAST_DRAFT, Long.toString(article.id()));
        });
        start();
        robot.push(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> listed().contains("Warehouses (copy)"));
        assertEquals("Warehouses (copy)", drafts().getSelectionModel().getSelectedItem().title());
        assertEquals("What we learned moving thirty warehouses.", editors().get(0).getText());

        robot.rightClickOn(robot.lookup(".draft-title").match((javafx.scene.control.Label l) -> l.getText()
                .equals("Announcement")).queryAs(javafx.scene.control.Label.class));
        robot.clickOn("Open beside");
        waitFor(() -> editors().size() == 2);
        assertEquals("Warehouses (copy)", drafts().getSelectionModel().getSelectedItem().title(),
                "the main editor keeps its draft");
        List<String> texts = editors().stream().map(StyleClassedTextArea::getText).toList();
        assertTrue(texts.contains("New article out today: link in the comments."), texts.toString());
        assertTrue(robot.lookup("#beside-checks").tryQuery().isPresent());
        assertEquals(2, robot.lookup("#findings").queryAll().size(), "each draft has its own checks panel");

        robot.clickOn("#close-beside");
        waitFor(() -> editors().size() == 1);
        assertFalse(robot.lookup("#beside-pane").tryQuery().isPresent());
    }

    private List<StyleClassedTextArea> editors() {
        return List.copyOf(robot.lookup("#editor").queryAllAs(StyleClassedTextArea.class));
    }
}
