package org.readerfirst.grammar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readerfirst.core.metrics.CodeSpans;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;

/**
 * What a dictionary's "unknown word" means in LinkedIn text. Code and styled Unicode letters are not
 * read; words of working life are known; in English checked from the text, a British spelling is the
 * writer's variant; a probable name, an identifier, a word the writer's own library uses or an English
 * word in a Finnish text is a hint, never a warning; every spelling finding names its word in the
 * window's language.
 */
final class SpellingJudgement {

    private SpellingJudgement() {
    }

    /**
     * @param englishWords the English dictionary, or null when none is loaded
     * @param finnishWords the Finnish dictionary, or null without Voikko
     */
    static List<Finding> judge(String text, List<Finding> findings, GrammarOptions options,
                               Predicate<String> englishWords, Predicate<String> finnishWords) {
        List<Span> code = new ArrayList<>(CodeSpans.find(text));
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            code.add(new Span(link.start(), link.end()));
        }
        Map<String, Integer> terms = new HashMap<>();
        for (Finding f : findings) {
            if (f.category() == Category.SPELLING) {
                terms.merge(term(text.substring(f.start(), f.end()), !f.ruleId().startsWith(LanguageToolProofreader.PREFIX)),
                        1, Integer::sum);
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!code.isEmpty() && code.stream().anyMatch(c -> c.start() < f.end() && f.start() < c.end())) {
                continue; // code is written as the language wants, not as English or Finnish does
            }
            if (f.category() != Category.SPELLING) {
                out.add(f);
                continue;
            }
            String word = text.substring(f.start(), f.end());
            if (unreadable(word)) {
                continue;
            }
            boolean english = f.ruleId().startsWith(LanguageToolProofreader.PREFIX);
            // Finnish inflects a foreign word after a colon: "RevOps:iin".
            String head = word.indexOf(':') > 0 ? word.substring(0, word.indexOf(':')) : word;
            if (FieldWords.known(head, english ? Language.ENGLISH : Language.FINNISH)
                    || english && options.variant() == EnglishVariant.AUTOMATIC
                    && f.suggestions().stream().anyMatch(s -> BritishSpelling.isBritishFor(word, s))) {
                continue;
            }
            if (!english && englishWords != null && FinnishEndings.englishStem(head, englishWords)) {
                out.add(hint(f, GrammarTexts.englishInFinnish(word, options.messageLanguage())));
            } else if (english && finnishWords != null && finnishWords.test(word)
                    || terms.getOrDefault(term(word, !english), 0) >= TERM_USES) {
                // A Finnish word in a paragraph read as English; or the writer's own term, unknown each
                // time it stands ("broetry", "broetryn", "broetrystä"), where a slip stands once.
                out.add(hint(f, GrammarTexts.probableName(word, options.messageLanguage())));
            } else if (options.inLibrary(word) || ProbableNames.isName(text, f.start(), f.end())) {
                out.add(hint(f, GrammarTexts.probableName(word, options.messageLanguage())));
            } else if (english) {
                out.add(new Finding(f.ruleId(), f.category(), f.severity(), f.start(), f.end(),
                        GrammarTexts.unknownWord(word, options.messageLanguage()), f.why(), f.suggestions()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** How often a word a dictionary lacks must stand for the writer's own term. */
    private static final int TERM_USES = 3;

    /** A word's forms counted together: Finnish by their first five letters, English as it stands. */
    private static String term(String word, boolean inflected) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return inflected && w.length() > TERM_STEM ? w.substring(0, TERM_STEM) : w;
    }

    private static final int TERM_STEM = 5;

    private static final Pattern LINK = Pattern.compile("https?://\\S+|www\\.\\S+");

    private static Finding hint(Finding f, String message) {
        return new Finding(f.ruleId(), f.category(), Severity.HINT, f.start(), f.end(), message, f.why(), f.suggestions());
    }

    /**
     * Words no dictionary can read: styled Unicode letters (a speller sees symbols, not letters) and
     * tokens with symbols in them ("%wireless%", "$code-review").
     */
    private static boolean unreadable(String word) {
        return word.codePoints().anyMatch(c -> c >= 0x1D400 && c <= 0x1D7FF || "%$#@&=/\\<>{}[]|_".indexOf(c) >= 0);
    }
}
