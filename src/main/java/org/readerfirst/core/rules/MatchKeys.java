package org.readerfirst.core.rules;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.readerfirst.core.model.Language;

/**
 * Keys under which a word is looked up, so that a phrase finds its candidate places without trying
 * every word of the text. Two words that {@link WordMatcher} could match always share a key: their
 * forms; the word with one letter deleted (a slip of one letter leaves both sides with a common
 * deletion); and for Finnish, forms shortened by one or two letters (a stem the other extends) and the
 * endings a compound's head may be (see {@link WordMatcher}).
 * Keys only propose candidates: the matcher decides.
 */
final class MatchKeys {

    // A slip is only trusted in words of five letters or more, eight in Finnish (see WordMatcher); a
    // shorter word meets a longer one through the longer one's deletions, so needs none of its own.
    private static final int MIN_DELETION = 5;
    private static final int MIN_DELETION_FINNISH = 7;

    private MatchKeys() {
    }

    private static final int MAX_CACHED_WORDS = 50_000;
    private static final Map<CacheKey, Set<String>> CACHE = new ConcurrentHashMap<>();

    /** The forms are part of the key: the same word has other forms under another lemmatizer. */
    private record CacheKey(Language language, String norm, Set<String> forms) {
    }

    /** The keys of a word of a text, kept: words recur, and so do whole texts while the writer types. */
    static Set<String> of(String norm, Set<String> forms, Language language) {
        CacheKey cacheKey = new CacheKey(language, norm, forms);
        Set<String> known = CACHE.get(cacheKey);
        if (known != null) {
            return known;
        }
        Set<String> keys = Set.copyOf(compute(norm, forms, language));
        if (CACHE.size() >= MAX_CACHED_WORDS) {
            CACHE.clear();
        }
        CACHE.put(cacheKey, keys);
        return keys;
    }

    static Set<String> compute(String norm, Set<String> forms, Language language) {
        Set<String> keys = new HashSet<>(forms);
        keys.add(norm);
        if (norm.length() >= (language == Language.FINNISH ? MIN_DELETION_FINNISH : MIN_DELETION)) {
            for (int i = 0; i < norm.length(); i++) {
                keys.add(norm.substring(0, i) + norm.substring(i + 1));
            }
        }
        if (language == Language.FINNISH) {
            // Without a clitic, for the exact words of the phrases: "paskaakin" is found as "paskaa".
            for (String clitic : WordMatcher.CLITICS) {
                if (norm.length() > clitic.length() + 1 && norm.endsWith(clitic)) {
                    keys.add(norm.substring(0, norm.length() - clitic.length()));
                }
            }
            for (String f : forms) {
                for (int cut = 1; cut <= 2; cut++) {
                    if (f.length() - cut >= WordMatcher.MIN_PREFIX_STEM) {
                        keys.add(f.substring(0, f.length() - cut));
                    }
                }
                for (int head = WordMatcher.MIN_MODIFIER; f.length() - head >= WordMatcher.MIN_HEAD; head++) {
                    keys.add(f.substring(head));
                }
            }
        }
        return keys;
    }

    static Set<String> exact(String norm) {
        return Set.of(norm);
    }
}
