package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.model.Language;

/**
 * Every phrase list of a rule book, indexed by the match keys of the words its phrases can begin
 * with. A text looks each of its words up once here and learns, for every list at the same time,
 * where a phrase may start; without it each list would look itself up in the text.
 */
final class PhraseIndex {

    /** A phrase list and one of its phrases. */
    record Ref(int set, int phrase) {
    }

    private final Lemmatizers lemmatizers;
    private final Map<Language, Map<String, List<Ref>>> byKey = new EnumMap<>(Language.class);
    private int sets;

    PhraseIndex(Lemmatizers lemmatizers) {
        this.lemmatizers = lemmatizers;
    }

    Lemmatizers lemmatizers() {
        return lemmatizers;
    }

    /** A number for a new phrase list; lists are added while a rule book loads, on one thread. */
    synchronized int register() {
        return sets++;
    }

    synchronized int size() {
        return sets;
    }

    synchronized void add(Language language, String key, int set, int phrase) {
        List<Ref> refs = byKey.computeIfAbsent(language, l -> new HashMap<>()).computeIfAbsent(key, k -> new ArrayList<>(1));
        Ref ref = new Ref(set, phrase);
        if (!refs.contains(ref)) {
            refs.add(ref);
        }
    }

    /** The lists and phrases a word with this key may begin, in a language. */
    List<Ref> refs(Language language, String key) {
        Map<String, List<Ref>> keys = byKey.get(language);
        return keys == null ? List.of() : keys.getOrDefault(key, List.of());
    }
}
