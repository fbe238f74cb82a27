package org.readerfirst.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/** The few line icons the window uses, drawn on a 16 x 16 grid and coloured by CSS ({@code .icon}). */
public final class Icons {

    public static final String PLUS = "M7.25 2h1.5v5.25H14v1.5H8.75V14h-1.5V8.75H2v-1.5h5.25z";
    public static final String PENCIL = "M11.3 1.6l3.1 3.1-8.9 8.9-3.9.8.8-3.9zm0 2.1L3.8 11.2l-.4 1.4 1.4-.4 7.5-7.5z";
    public static final String TRASH = "M6 1h4l.5 1H14v1.5H2V2h3.5zM3.5 5h9l-.8 10H4.3zm1.6 1.5l.6 7h4.6l.6-7z";
    public static final String UNDO = "M5.5 2.5L1.5 6l4 3.5V7h4.2A3 3 0 0 1 9.7 13H6v1.5h3.7a4.5 4.5 0 0 0 0-9H5.5z";
    public static final String REDO = "M10.5 2.5l4 3.5-4 3.5V7H6.3A3 3 0 0 0 6.3 13H10v1.5H6.3a4.5 4.5 0 0 1 0-9h4.2z";
    public static final String CLOSE = "M3.5 2.4L8 6.9l4.5-4.5 1.1 1.1L9.1 8l4.5 4.5-1.1 1.1L8 9.1l-4.5 4.5-1.1-1.1L6.9 8 2.4 3.5z";
    public static final String COPY = "M5 1h8.5A1.5 1.5 0 0 1 15 2.5V11h-1.5V2.5H5zM2.5 4h8A1.5 1.5 0 0 1 12 5.5v8a1.5 1.5 0 0 1-1.5 1.5h-8A1.5 1.5 0 0 1 1 13.5v-8A1.5 1.5 0 0 1 2.5 4zm0 1.5v8h8v-8z";

    private Icons() {
    }

    public static Node of(String path) {
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        shape.getStyleClass().add("icon");
        StackPane box = new StackPane(shape);
        box.getStyleClass().add("icon-box");
        box.setMinSize(16, 16);
        box.setPrefSize(16, 16);
        box.setMaxSize(16, 16);
        return box;
    }
}
