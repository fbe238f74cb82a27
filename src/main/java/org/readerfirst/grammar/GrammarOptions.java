package org.readerfirst.grammar;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;

/**
 * How the writer wants grammar and spelling checked.
 *
 * @param variant the spelling of English to check against
 * @param personalDictionary words never flagged as misspelt, compared without regard to case
 * @param ignoredRules rule ids never applied, as findings carry them ({@code lt:EN_A_VS_AN},
 *                     {@code voikko:repeated-word}); a bare LanguageTool id ({@code EN_A_VS_AN}) works too
 * @param messageLanguage the language of the messages written by this package (Voikko's and ours);
 *                        LanguageTool's own messages are in the language of the text
 * @param libraryWords words the writer's own drafts use, compared without regard to case: a dictionary
 *                     that lacks one says so as a hint, not a warning
 */
public record GrammarOptions(EnglishVariant variant, Set<String> personalDictionary, Set<String> ignoredRules,
                             Language messageLanguage, Set<String> libraryWords) {

    public GrammarOptions {
        variant = variant == null ? EnglishVariant.AUTOMATIC : variant;
        personalDictionary = personalDictionary == null ? Set.of()
                : personalDictionary.stream().map(String::strip).filter(w -> !w.isEmpty())
                        .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        ignoredRules = ignoredRules == null ? Set.of() : Set.copyOf(ignoredRules);
        messageLanguage = messageLanguage == null || messageLanguage == Language.AUTO ? Language.ENGLISH : messageLanguage;
        libraryWords = libraryWords == null ? Set.of() : Set.copyOf(libraryWords);
    }

    public GrammarOptions(EnglishVariant variant, Set<String> personalDictionary, Set<String> ignoredRules,
                          Language messageLanguage) {
        this(variant, personalDictionary, ignoredRules, messageLanguage, Set.of());
    }

    public static GrammarOptions defaults() {
        return new GrammarOptions(EnglishVariant.AUTOMATIC, Set.of(), Set.of(), Language.ENGLISH);
    }

    public GrammarOptions withVariant(EnglishVariant v) {
        return new GrammarOptions(v, personalDictionary, ignoredRules, messageLanguage, libraryWords);
    }

    public GrammarOptions withPersonalDictionary(Set<String> words) {
        return new GrammarOptions(variant, words, ignoredRules, messageLanguage, libraryWords);
    }

    public GrammarOptions withIgnoredRules(Set<String> ruleIds) {
        return new GrammarOptions(variant, personalDictionary, ruleIds, messageLanguage, libraryWords);
    }

    public GrammarOptions withMessageLanguage(Language l) {
        return new GrammarOptions(variant, personalDictionary, ignoredRules, l, libraryWords);
    }

    /** @param words as the writer's drafts have them; kept in lower case */
    public GrammarOptions withLibraryWords(Set<String> words) {
        return new GrammarOptions(variant, personalDictionary, ignoredRules, messageLanguage,
                words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
    }

    /** True for a word the writer's own drafts use, whatever its case. */
    public boolean inLibrary(String word) {
        return !libraryWords.isEmpty() && libraryWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True for a word in the personal dictionary, whatever its case. */
    public boolean knows(String word) {
        return !personalDictionary.isEmpty() && personalDictionary.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a grammar or spelling finding on these words survives the writer's choices: its rule not
     * switched off, and for spelling, the word (or, in Finnish, its part before a colon: "LinkedIn:ssä")
     * not in the personal dictionary. The one test for the check as it runs and for the panel when the
     * writer later adds a word or switches a rule off.
     */
    public boolean keeps(Finding finding, String words) {
        if (ignores(finding.ruleId())) {
            return false;
        }
        if (finding.category() != Category.SPELLING) {
            return true;
        }
        int colon = words.indexOf(':');
        return !knows(words) && !(colon > 0 && knows(words.substring(0, colon)));
    }

    /** True when the writer switched the rule off, by its full id or LanguageTool's bare one. */
    public boolean ignores(String ruleId) {
        if (ignoredRules.isEmpty()) {
            return false;
        }
        if (ignoredRules.contains(ruleId)) {
            return true;
        }
        int colon = ruleId.indexOf(':');
        return colon > 0 && ignoredRules.contains(ruleId.substring(colon + 1));
    }
}
