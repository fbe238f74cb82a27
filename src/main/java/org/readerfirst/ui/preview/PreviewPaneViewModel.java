package org.readerfirst.ui.preview;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.rules.Limits;
import org.readerfirst.export.ExportFormat;
import org.readerfirst.export.Exporter;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;
import org.readerfirst.ui.editor.EditorViewModel;

/**
 * The open draft as a LinkedIn feed card would show it: the exported text, cut at the fold of a
 * desktop or a phone with the rest kept aside, and its length against the surface's limit. The export
 * runs on the background executor; only the latest one asked for is shown.
 */
public final class PreviewPaneViewModel {

    public static final String SETTING = "ui.preview-pane";
    /** The feed shows about three lines before "…see more", on a desktop and a phone alike. */
    static final int FOLD_LINES = 3;
    /**
     * The pane shows at most this many characters of a draft: its text nodes lay out every character
     * they hold on the FX thread, and no post comes near it (an article's body is cut here too).
     */
    static final int MAX_SHOWN = 20_000;

    private final EditorViewModel editor;
    private final StoreWriter storeWriter;
    private final Executor background;
    private final Executor fx;
    private final StatusLine status;
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final BooleanProperty mobile = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper visible = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hidden = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper overLimit = new ReadOnlyBooleanWrapper(false);
    private long requested;
    private boolean starting;

    public PreviewPaneViewModel(EditorViewModel editor, StoreWriter storeWriter, Executor background, Executor fx,
                                StatusLine status) {
        this.editor = editor;
        this.storeWriter = storeWriter;
        this.background = background;
        this.fx = fx;
        this.status = status;
        mobile.addListener((obs, was, now) -> refresh());
        open.addListener((obs, was, now) -> {
            if (!starting) {
                storeWriter.writeSettingOrUndo(SETTING, Boolean.toString(now), () -> { }, status::storeFailed);
            }
            if (now) {
                refresh();
            }
        });
    }

    /** Reads whether the pane was open; on the FX thread before the window shows. */
    public void start(DraftStore store) throws StoreException {
        starting = true;
        try {
            Optional<String> value = store.setting(SETTING);
            boolean known = value.isEmpty() || value.get().equals("true") || value.get().equals("false");
            if (!known) {
                status.settingIgnored(SETTING, value.get());
            }
            open.set(known && value.map(Boolean::parseBoolean).orElse(false));
        } finally {
            starting = false;
        }
    }

    /** Exports the editor's text as it is now and folds it; called after a pause in typing. */
    public CompletableFuture<Void> refresh() {
        long at = ++requested;
        String text = editor.textProperty().get() == null ? "" : editor.textProperty().get();
        ContentType type = editor.typeProperty().get() == null ? ContentType.POST : editor.typeProperty().get();
        Language language = editor.languageProperty().get() == null ? Language.AUTO : editor.languageProperty().get();
        Limits limits = editor.live().engine().book().limits();
        OptionalInt fold = limits.get(type, mobile.get() ? "fold-mobile" : "fold-desktop");
        OptionalInt max = limits.maxChars(type);
        return CompletableFuture.supplyAsync(() -> {
            String exported = Exporter.export(text, type, language, ExportFormat.LINKEDIN);
            PreviewFold folded = fold.isPresent() ? PreviewFold.of(exported, fold.getAsInt(), FOLD_LINES)
                    : new PreviewFold(exported, "");
            return new Shown(shortened(folded), Exporter.linkedInLength(text, type, language));
        }, background).thenAcceptAsync(shown -> {
            if (at == requested) {
                visible.set(shown.fold().visible());
                hidden.set(shown.fold().hidden());
                count.set(max.isPresent() ? Messages.get("counter", shown.chars(), max.getAsInt())
                        : Messages.get("counter.nolimit", shown.chars()));
                overLimit.set(max.isPresent() && shown.chars() > max.getAsInt());
            }
        }, fx);
    }

    private record Shown(PreviewFold fold, int chars) {
    }

    /** The fold with each part cut to what the pane shows, for a draft far longer than any post. */
    static PreviewFold shortened(PreviewFold fold) {
        String visible = upTo(fold.visible(), MAX_SHOWN);
        return new PreviewFold(visible, upTo(fold.hidden(), Math.max(0, MAX_SHOWN - visible.length())));
    }

    private static String upTo(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max;
        while (cut > 0 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        cut = cut == 0 ? max : cut;
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "\n\n" + Messages.get("preview.cut", text.length() - cut);
    }

    public BooleanProperty openProperty() {
        return open;
    }

    /** A phone's narrower fold rather than a desktop's. */
    public BooleanProperty mobileProperty() {
        return mobile;
    }

    /** The text above "…see more". */
    public ReadOnlyStringProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    /** The text below the fold; empty when the whole post shows. */
    public ReadOnlyStringProperty hiddenProperty() {
        return hidden.getReadOnlyProperty();
    }

    /** "1,234 / 3,000": the exported text's characters against the surface's limit. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overLimitProperty() {
        return overLimit.getReadOnlyProperty();
    }
}
