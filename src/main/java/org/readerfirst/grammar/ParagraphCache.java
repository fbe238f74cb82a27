package org.readerfirst.grammar;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/**
 * What the checker found in paragraphs it has seen, so that after an edit only the changed paragraphs
 * are checked again. The findings are relative to the paragraph and come before the writer's personal
 * dictionary and ignored rules are applied, so changing those costs no re-check. Bounded by entries and
 * by the characters of the paragraphs kept; the least recently used go first. Used by one thread.
 */
final class ParagraphCache {

    /** Everything the raw findings of a paragraph depend on. {@code variant} is null for Finnish. */
    record Key(Language language, EnglishVariant variant, Language messageLanguage, String paragraph) {
    }

    private final int maxEntries;
    private final long maxChars;
    private final LinkedHashMap<Key, List<Finding>> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    ParagraphCache(int maxEntries, long maxChars) {
        this.maxEntries = maxEntries;
        this.maxChars = maxChars;
    }

    List<Finding> get(Key key) {
        return entries.get(key);
    }

    void put(Key key, List<Finding> findings) {
        if (key.paragraph().length() > maxChars) {
            return;
        }
        List<Finding> old = entries.put(key, List.copyOf(findings));
        if (old == null) {
            chars += key.paragraph().length();
        }
        Iterator<Map.Entry<Key, List<Finding>>> eldest = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || chars > maxChars) && eldest.hasNext()) {
            chars -= eldest.next().getKey().paragraph().length();
            eldest.remove();
        }
    }

    int size() {
        return entries.size();
    }
}
