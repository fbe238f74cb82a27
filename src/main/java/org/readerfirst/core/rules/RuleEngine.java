package org.readerfirst.core.rules;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.readerfirst.core.lang.LanguageDetector;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.TextSnapshot;

/**
 * Runs every rule that applies to a snapshot's surface and language. Pure and thread-safe: the UI
 * calls it from a worker, the command line from its own threads.
 */
public final class RuleEngine {

    private static final System.Logger LOG = System.getLogger(RuleEngine.class.getName());

    private final RuleBook book;
    private final Lemmatizers lemmatizers;
    private final LanguageDetector detector = new LanguageDetector(Language.ENGLISH);

    public RuleEngine(RuleBook book, Lemmatizers lemmatizers) {
        this.book = book;
        this.lemmatizers = lemmatizers;
    }

    public RuleBook book() {
        return book;
    }

    /** Checks with messages in English. */
    public CheckResult check(TextSnapshot snapshot) {
        return check(snapshot, Language.ENGLISH, Set.of());
    }

    /**
     * @param messageLanguage the language of the app's messages
     * @param disabledRules ids of rules the writer has switched off
     */
    public CheckResult check(TextSnapshot snapshot, Language messageLanguage, Set<String> disabledRules) {
        Language language = resolve(snapshot);
        AnalyzedText text = analyze(snapshot.text(), language);
        CheckContext context = new CheckContext(snapshot.type(), language,
                messageLanguage == Language.AUTO ? Language.ENGLISH : messageLanguage, book.limits());
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : book.rules()) {
            if (disabledRules.contains(rule.id()) || !rule.appliesTo(snapshot.type(), language)) {
                continue;
            }
            try {
                findings.addAll(rule.check(text, context));
            } catch (RuntimeException e) {
                // One faulty rule must not take the whole panel down with it.
                LOG.log(Level.WARNING, "rule " + rule.id() + " failed", e);
            }
        }
        return new CheckResult(snapshot, language, findings);
    }

    /** The snapshot's language, detected from its text when it is AUTO. */
    public Language resolve(TextSnapshot snapshot) {
        return snapshot.language() == Language.AUTO ? detector.detect(snapshot.text()) : snapshot.language();
    }

    AnalyzedText analyze(String text, Language language) {
        return new AnalyzedText(text, language, lemmatizers.tokenizer(language).tokenize(text));
    }
}
