package org.readerfirst.ui.common;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.readerfirst.store.StoreException;

/** The one line at the bottom of the window: when the draft was last saved, or what went wrong. */
public final class StatusLine {

    private static final System.Logger LOG = System.getLogger(StatusLine.class.getName());

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final List<String> settingNotices = new ArrayList<>();

    public void show(String message) {
        text.set(message);
        error.set(false);
    }

    public void saved(Instant when) {
        show(Messages.get("status.saved", Dates.timeSeconds(when.atZone(ZoneId.systemDefault()))));
    }

    /** A save that failed: the text stays in the editor and the save is tried again by itself. */
    public void saveFailed(StoreException e) {
        String reason = switch (e.kind()) {
            case FULL -> Messages.get("status.save.reason.full", e.file());
            case UNWRITABLE -> Messages.get("status.save.reason.readonly", e.file());
            default -> e.getMessage();
        };
        text.set(Messages.get("status.save.failed", reason));
        error.set(true);
    }

    /**
     * A setting whose stored value ReaderFirst cannot use: logged, named on the status line together
     * with any others found while starting, and left to its standard value by the caller.
     */
    public void settingIgnored(String key, String value) {
        settingNotice(Messages.get("status.setting.unknown", key, SettingValues.shown(value)));
    }

    /** A notice about the settings read; the notices of one start are shown together. */
    public void settingNotice(String notice) {
        LOG.log(Level.WARNING, notice);
        settingNotices.add(notice);
        show(String.join(" ", settingNotices));
    }

    /** Something the writer asked for that did not happen, said in the message. */
    public void failed(String message) {
        text.set(message);
        error.set(true);
    }

    /** Any other store operation that failed, such as creating or deleting a draft. */
    public void storeFailed(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        LOG.log(Level.WARNING, "A store operation failed", cause);
        text.set(Messages.get("status.store.failed", String.valueOf(cause.getMessage())));
        error.set(true);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
