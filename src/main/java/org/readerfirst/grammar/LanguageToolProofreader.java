package org.readerfirst.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.languagetool.Languages;
import org.languagetool.MultiThreadedJLanguageTool;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Severity;

/**
 * English through LanguageTool. Building one takes seconds and a few hundred megabytes, and the
 * instance is not thread-safe, so the grammar service builds one per variant and keeps it on its thread.
 * A check spreads LanguageTool's rules over a small pool of threads, one a core, sharing the one
 * instance's rules and dictionaries: on two cores a paragraph is checked in about two thirds of the
 * time, for no more memory than the pool's threads.
 */
final class LanguageToolProofreader implements Proofreader {

    static final String PREFIX = "lt:";
    private static final int MAX_SUGGESTIONS = 5;

    private final MultiThreadedJLanguageTool tool;
    private volatile BooleanSupplier cancelled = () -> false;

    LanguageToolProofreader(EnglishVariant variant) throws Exception {
        tool = new MultiThreadedJLanguageTool(Languages.getLanguageForShortCode(variant.languageTag()),
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        tool.setCheckCancelledCallback(() -> cancelled.getAsBoolean());
        // The first check loads the dictionaries and the taggers: do it now, while the writer waits
        // for loading anyway, rather than on the first real check.
        tool.check("Warming up: he goes to work with a apple.");
    }

    @Override
    public List<Finding> check(String paragraph, GrammarOptions options, BooleanSupplier cancelled) throws Exception {
        this.cancelled = cancelled;
        try {
            List<RuleMatch> matches = tool.check(paragraph);
            List<Finding> findings = new ArrayList<>(matches.size());
            for (RuleMatch m : matches) {
                if (m.getToPos() > m.getFromPos()) {
                    findings.add(finding(m, paragraph, options));
                }
            }
            return findings;
        } finally {
            this.cancelled = () -> false;
        }
    }

    @Override
    public boolean knows(String word) {
        if (speller == null) {
            speller = tool.getAllActiveRules().stream().filter(r -> r instanceof SpellingCheckRule)
                    .map(r -> (SpellingCheckRule) r).findFirst().orElse(null);
            if (speller == null) {
                return false;
            }
        }
        try {
            return !speller.isMisspelled(word);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private SpellingCheckRule speller;

    /** Stops the pool's threads. */
    @Override
    public void close() {
        tool.shutdown();
    }

    private static Finding finding(RuleMatch m, String paragraph, GrammarOptions options) {
        Rule rule = m.getRule();
        boolean spelling = rule.isDictionaryBasedSpellingRule();
        Category category = spelling ? Category.SPELLING : Category.GRAMMAR;
        List<String> suggestions = m.getSuggestedReplacements();
        if (suggestions.size() > MAX_SUGGESTIONS) {
            suggestions = suggestions.subList(0, MAX_SUGGESTIONS);
        }
        // A spelling finding names its word, as the Finnish ones do, in the window's language.
        String message = spelling
                ? GrammarTexts.unknownWord(paragraph.substring(m.getFromPos(), m.getToPos()), options.messageLanguage())
                : plain(m.getMessage());
        return new Finding(PREFIX + rule.getId(), category, severity(spelling, rule.getLocQualityIssueType()),
                m.getFromPos(), m.getToPos(), message, GrammarTexts.why(category, options.messageLanguage()),
                suggestions);
    }

    /**
     * Mistakes are warnings; matters of style and typography are hints. None is an error: a typo should
     * not fail a check the way a stock birthday message does.
     */
    static Severity severity(boolean spelling, ITSIssueType type) {
        if (spelling) {
            return Severity.WARNING;
        }
        return switch (type) {
            case Style, Typographical, Whitespace, Register, LocaleViolation, Terminology, Internationalization,
                    Uncategorized, Other -> Severity.HINT;
            default -> Severity.WARNING;
        };
    }

    /** LanguageTool marks its suggestions inside a message with tags; the app shows quotes instead. */
    static String plain(String message) {
        return message.replace("<suggestion>", "\u201c").replace("</suggestion>", "\u201d");
    }
}
