package org.readerfirst.core.rules;

import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

/**
 * What a rule needs to know besides the text.
 *
 * @param messageLanguage the language the writer reads the app in, which may differ from the draft's
 */
public record CheckContext(ContentType type, Language language, Language messageLanguage, Limits limits) {
}
