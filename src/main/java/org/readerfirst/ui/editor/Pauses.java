package org.readerfirst.ui.editor;

import java.time.Duration;
import org.reactfx.util.FxTimer;

/** Makes the live check's pauses: JavaFX timers in the window, fired by hand in tests. */
@FunctionalInterface
public interface Pauses {

    /** Work that runs once, after a pause: every {@code restart} puts it off again. */
    interface Pause {
        void restart();

        void stop();
    }

    Pause after(Duration wait, Runnable work);

    /** JavaFX timers, on the FX thread. */
    static Pauses onFxThread() {
        return (wait, work) -> {
            var timer = FxTimer.create(wait, work);
            return new Pause() {
                @Override
                public void restart() {
                    timer.restart();
                }

                @Override
                public void stop() {
                    timer.stop();
                }
            };
        };
    }
}
