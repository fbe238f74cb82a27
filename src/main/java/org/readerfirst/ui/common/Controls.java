package org.readerfirst.ui.common;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Small helpers every part of the window uses on its controls. */
public final class Controls {

    private Controls() {
    }

    /**
     * The width inside a region's padding, for a child that must not be wider: a flow pane lays its
     * children out at their preferred width, past its own edge, unless their maximum says otherwise.
     */
    public static DoubleBinding innerWidth(Region region) {
        return Bindings.createDoubleBinding(
                () -> Math.max(0, region.getWidth() - region.snappedLeftInset() - region.snappedRightInset()),
                region.widthProperty(), region.insetsProperty());
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
