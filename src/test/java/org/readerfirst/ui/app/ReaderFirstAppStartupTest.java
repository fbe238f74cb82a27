package org.readerfirst.ui.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.BackupFolder;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.InstanceLock;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starting the window on a damaged database, and on one another window holds. */
class ReaderFirstAppStartupTest {

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private final AtomicBoolean exited = new AtomicBoolean();
    private Application app;

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    /** Starts the app on a thread of its own: its start waits for the dialog the test answers. */
    private CompletableFuture<Application> starting(Path db) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return FxToolkit.setupApplication(() -> new ReaderFirstApp(db, folder.resolve("rules"), () -> exited.set(true)));
            } catch (TimeoutException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String dialogText(String id) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return ((Label) robot.lookup(id).queryAs(DialogPane.class).getContent()).getText();
    }

    @Test
    void a_damaged_database_is_moved_aside_and_the_latest_backup_restored_when_the_writer_chooses_it() throws Exception {
        Path db = folder.resolve("drafts.db");
        try (DraftStore source = DraftStore.open(folder.resolve("old.db"))) {
            source.create("Kept in the backup", "text", ContentType.POST, Language.ENGLISH);
            source.maintenance().backupTo(Files.createDirectories(BackupFolder.of(db)).resolve("readerfirst-20261127-170000.db"));
        }
        byte[] damaged = "SQLite format 3\0 scrambled".getBytes(StandardCharsets.UTF_8);
        Files.write(db, damaged);
        CompletableFuture<Application> starting = starting(db);

        String text = dialogText("#damaged-database");
        assertTrue(text.contains("readerfirst-20261127-170000.db"), text);
        robot.clickOn("Restore the latest backup");
        app = starting.get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Kept in the backup", robot.lookup("#draft-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains("drafts.db.corrupt-"));
        try (var files = Files.list(folder)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("drafts.db.corrupt-")).findFirst().orElseThrow();
            assertArrayEquals(damaged, Files.readAllBytes(aside));
        }
    }

    @Test
    void a_second_window_on_the_same_database_is_told_it_is_in_use() throws Exception {
        Path db = folder.resolve("drafts.db");
        try (InstanceLock first = InstanceLock.acquire(db)) {
            CompletableFuture<Application> starting = starting(db);

            String text = dialogText("#startup-error");
            assertTrue(text.contains("already open on it in another window"), text);
            robot.clickOn("Close");
            app = starting.get(20, TimeUnit.SECONDS);
        }
        assertTrue(exited.get());
    }
}
