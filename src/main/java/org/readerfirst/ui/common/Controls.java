package org.readerfirst.ui.common;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.util.StringConverter;

/** Small helpers every part of the window uses on its controls. */
public final class Controls {

    private Controls() {
    }

    /** Adds the style class when {@code on}, removes it otherwise; never adds it twice. */
    public static void toggle(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    /** Shows each value of a fixed list by its message {@code prefix.id}. */
    public static <T> StringConverter<T> named(String prefix, Function<T, String> id) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : Messages.of(prefix, id.apply(value));
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("the list is not editable");
            }
        };
    }
}
