package org.readerfirst.ui.audiences;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.readerfirst.store.StoredAudience;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.panel.CheckChoicesViewModel;

/** The toolbar's "Audience" chooser: nobody in particular, or one of the writer's audiences. */
public final class AudienceChooser {

    private final CheckChoicesViewModel choices;
    private final ObservableList<StoredAudience> audiences;
    private final ObservableList<Optional<StoredAudience>> items = FXCollections.observableArrayList();
    private final ComboBox<Optional<StoredAudience>> box = new ComboBox<>(items);
    private boolean showing;

    public AudienceChooser(CheckChoicesViewModel choices, ObservableList<StoredAudience> audiences) {
        this.choices = choices;
        this.audiences = audiences;
        box.setId("audience");
        box.setTooltip(new Tooltip(Messages.get("toolbar.audience.tooltip")));
        box.setAccessibleText(Messages.get("toolbar.audience"));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<StoredAudience> a) {
                return a == null || a.isEmpty() ? Messages.get("toolbar.audience.none") : a.get().audience().name();
            }

            @Override
            public Optional<StoredAudience> fromString(String s) {
                throw new UnsupportedOperationException("the list is not editable");
            }
        });
        box.valueProperty().addListener((obs, was, now) -> {
            if (!showing && now != null) {
                choices.chooseAudience(now.orElse(null));
            }
        });
        audiences.addListener((ListChangeListener<StoredAudience>) c -> refresh());
        choices.audienceProperty().addListener((obs, was, now) -> refresh());
        refresh();
    }

    /** Rebuilds the items and shows the open draft's audience, without choosing anything. */
    private void refresh() {
        showing = true;
        try {
            List<Optional<StoredAudience>> all = new ArrayList<>();
            all.add(Optional.empty());
            audiences.forEach(a -> all.add(Optional.of(a)));
            items.setAll(all);
            box.setValue(Optional.ofNullable(choices.audienceProperty().get()));
        } finally {
            showing = false;
        }
    }

    public ComboBox<Optional<StoredAudience>> node() {
        return box;
    }
}
