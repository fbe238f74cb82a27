package org.readerfirst.ui.app;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.InstanceLock;
import org.readerfirst.store.StoreException;
import org.readerfirst.ui.common.Dialogs;
import org.readerfirst.ui.common.Messages;

/**
 * Opens the window's database: takes the one-window lock, opens the file, and when the file is
 * damaged offers a backup or an empty library (see {@link DamagedDatabaseViewModel}). Every refusal
 * is explained in a dialog before the app ends.
 */
final class DatabaseStartup {

    private static final System.Logger LOG = System.getLogger(DatabaseStartup.class.getName());

    /** The open database, the lock the window holds while it runs, and what to tell the writer. */
    record Opened(DraftStore store, InstanceLock lock, String notice) {
    }

    private DatabaseStartup() {
    }

    /** Empty when the writer was told why the database cannot be used, or chose to quit. */
    static Optional<Opened> open(Path file) {
        InstanceLock lock;
        try {
            lock = InstanceLock.acquire(file);
        } catch (StoreException e) {
            LOG.log(Level.ERROR, "Cannot lock " + file, e);
            Dialogs.cannotOpen(e);
            return Optional.empty();
        }
        try {
            return Optional.of(new Opened(DraftStore.open(file), lock, ""));
        } catch (StoreException e) {
            LOG.log(Level.ERROR, "Cannot open " + file, e);
            boolean damaged = e.kind() == StoreException.Kind.CORRUPT && e.file().equals(file);
            Optional<Opened> recovered = Optional.empty();
            if (damaged) {
                recovered = recover(file, e, lock);
            } else {
                Dialogs.cannotOpen(e);
            }
            if (recovered.isEmpty()) {
                lock.close();
            }
            return recovered;
        }
    }

    private static Optional<Opened> recover(Path file, StoreException damage, InstanceLock lock) {
        DamagedDatabaseViewModel vm = new DamagedDatabaseViewModel(file, damage, Clock.systemUTC());
        ButtonType restore = new ButtonType(Messages.get("damaged.restore"), ButtonData.YES);
        ButtonType empty = new ButtonType(Messages.get("damaged.empty"), ButtonData.NO);
        ButtonType quit = new ButtonType(Messages.get("damaged.quit"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING);
        Dialogs.prepare(alert, null, Messages.get("damaged.title"), Messages.get("damaged.header"));
        Label text = new Label(vm.explanation());
        text.setWrapText(true);
        text.setPrefWidth(520);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("damaged-database");
        alert.getButtonTypes().setAll(vm.latestBackup().isPresent() ? new ButtonType[] {restore, empty, quit}
                : new ButtonType[] {empty, quit});
        ButtonType chosen = alert.showAndWait().orElse(quit);
        try {
            if (chosen == restore) {
                return Optional.of(new Opened(vm.restoreLatest(), lock, vm.notice()));
            }
            if (chosen == empty) {
                return Optional.of(new Opened(vm.startEmpty(), lock, vm.notice()));
            }
        } catch (StoreException e) {
            LOG.log(Level.ERROR, "Could not recover " + file, e);
            Dialogs.cannotOpen(e);
        }
        return Optional.empty();
    }
}
