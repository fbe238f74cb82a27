package org.readerfirst.grammar;

import java.util.ArrayList;
import java.util.List;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;

/**
 * What a dictionary's "unknown word" means in LinkedIn text. Words of working life are known; in
 * English checked from the text, a British spelling is the writer's variant; a probable name or a word
 * the writer's own library uses is a hint, never a warning; every spelling finding names its word in
 * the window's language.
 */
final class SpellingJudgement {

    private SpellingJudgement() {
    }

    static List<Finding> judge(String text, List<Finding> findings, GrammarOptions options) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (f.category() != Category.SPELLING) {
                out.add(f);
                continue;
            }
            String word = text.substring(f.start(), f.end());
            boolean english = f.ruleId().startsWith(LanguageToolProofreader.PREFIX);
            // Finnish inflects a foreign word after a colon: "RevOps:iin".
            String head = word.indexOf(':') > 0 ? word.substring(0, word.indexOf(':')) : word;
            if (FieldWords.known(head, english ? Language.ENGLISH : Language.FINNISH)
                    || english && options.variant() == EnglishVariant.AUTOMATIC
                    && f.suggestions().stream().anyMatch(s -> BritishSpelling.isBritishFor(word, s))) {
                continue;
            }
            if (options.inLibrary(word) || ProbableNames.isName(text, f.start(), f.end())) {
                out.add(new Finding(f.ruleId(), f.category(), Severity.HINT, f.start(), f.end(),
                        GrammarTexts.probableName(word, options.messageLanguage()), f.why(), f.suggestions()));
            } else if (english) {
                out.add(new Finding(f.ruleId(), f.category(), f.severity(), f.start(), f.end(),
                        GrammarTexts.unknownWord(word, options.messageLanguage()), f.why(), f.suggestions()));
            } else {
                out.add(f);
            }
        }
        return out;
    }
}
