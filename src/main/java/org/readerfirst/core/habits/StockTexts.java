package org.readerfirst.core.habits;

import org.readerfirst.core.model.ContentType;

/**
 * The texts of one surface sent to people (messages, invitation notes, comments) and those of them that
 * are stock: a warning or error of the template-message category stands in them.
 *
 * @param sent the texts of this surface that were checked
 */
public record StockTexts(ContentType type, Counted sent, Counted stock) {

    /** 0.0 to 1.0; 0 when none was sent. */
    public double share() {
        return sent.count() == 0 ? 0 : (double) stock.count() / sent.count();
    }
}
