package org.readerfirst.core.rules;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readerfirst.core.lang.LanguageDetector;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.lang.Token;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.metrics.TextSpans;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.CheckResult;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;
import org.readerfirst.core.model.TextSnapshot;

/**
 * Runs every rule that applies to a snapshot's surface and language. Pure and thread-safe: the UI
 * calls it from a worker, the command line from its own threads. A draft that mixes English and
 * Finnish paragraphs gets each language's rules on its own paragraphs.
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

    /**
     * A digest of what decides this engine's findings: the rules ({@link RuleBook#fingerprint()}) and
     * the word forms they match by. A result kept from another run is this engine's when it matches.
     */
    public String fingerprint() {
        return RuleBook.sha256(book.fingerprint() + "\n" + lemmatizers.kinds());
    }

    /** Checks with messages in English. */
    public CheckResult check(TextSnapshot snapshot) {
        return check(snapshot, CheckSettings.defaults());
    }

    public CheckResult check(TextSnapshot snapshot, Language messageLanguage, Set<String> disabledRules) {
        return check(snapshot, CheckSettings.defaults().withMessageLanguage(messageLanguage)
                .withDisabledRules(disabledRules));
    }

    /**
     * Checks the snapshot's text, or of a text longer than {@link CheckedPrefix#MAX_CHARS} its start
     * up to {@link CheckedPrefix#end}; the result says how far it checked.
     */
    public CheckResult check(TextSnapshot snapshot, CheckSettings settings) {
        int end = CheckedPrefix.end(snapshot.text());
        if (end == snapshot.text().length()) {
            return checkWhole(snapshot, settings);
        }
        CheckResult head = checkWhole(prefix(snapshot, end), settings);
        return new CheckResult(snapshot, head.language(), head.findings(), end);
    }

    private static TextSnapshot prefix(TextSnapshot snapshot, int end) {
        return new TextSnapshot(snapshot.text().substring(0, end), snapshot.type(), snapshot.language());
    }

    private CheckResult checkWhole(TextSnapshot snapshot, CheckSettings settings) {
        String text = snapshot.text();
        Map<Language, List<Span>> parts = languageParts(snapshot);
        Language main = mainLanguage(parts);
        List<Finding> findings = new ArrayList<>();
        AnalyzedText whole = analyze(text, main, null);
        for (Map.Entry<Language, List<Span>> part : parts.entrySet()) {
            AnalyzedText analyzed = parts.size() == 1 ? whole
                    : part.getKey() == main ? restrict(whole, part.getValue())
                    : analyzeParts(text, part.getKey(), part.getValue());
            CheckContext context = new CheckContext(snapshot.type(), part.getKey(), settings.messageLanguage(),
                    book.limits(), settings.audience(), settings.publishing(), settings.source(), settings.published());
            boolean mainPart = part.getKey() == main;
            // Rules that depend on another category's finding run second, on what the first ones found.
            for (boolean dependent : new boolean[] {false, true}) {
                if (dependent) {
                    findings.removeIf(f -> settings.dismissals().stream().anyMatch(d -> d.covers(f, text)));
                }
                for (Rule rule : book.rules()) {
                    boolean languageNeutral = rule instanceof PackRule p && p.language() == null;
                    // Rules for every language run once, on the whole text in its main language.
                    List<Category> required = rule.requiresFinding();
                    List<Category> excluded = rule.unlessFinding();
                    if ((required.isEmpty() && excluded.isEmpty()) == dependent
                            || settings.disabledRules().contains(rule.id()) || !rule.appliesTo(snapshot.type(), part.getKey())
                            || (languageNeutral && !mainPart)
                            || dependent && !required.isEmpty() && !stands(findings, required)
                            || dependent && stands(findings, excluded)) {
                        continue;
                    }
                    try {
                        findings.addAll(rule.check(languageNeutral ? whole : analyzed, context));
                    } catch (RuntimeException e) {
                        // One faulty rule must not take the whole panel down with it.
                        LOG.log(Level.WARNING, "rule " + rule.id() + " failed", e);
                    }
                }
            }
        }
        findings.removeIf(f -> settings.dismissals().stream().anyMatch(d -> d.covers(f, text)));
        return new CheckResult(snapshot, main, withoutRepeats(withoutWholeTextEchoes(findings)));
    }

    /**
     * A rule that judges a whole message ("this could be sent to anyone") says less than one that names
     * the stock words in it ("Happy birthday"): where one of the same category stands inside its span,
     * the whole-text finding goes.
     */
    private List<Finding> withoutWholeTextEchoes(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            boolean echo = book.judgesWholeText(f.ruleId()) && findings.stream().anyMatch(o -> o != f
                    && o.category() == f.category() && !book.judgesWholeText(o.ruleId())
                    && o.severity().compareTo(Severity.HINT) < 0 && o.start() < f.end() && o.end() > f.start());
            if (!echo) {
                kept.add(f);
            }
        }
        return kept;
    }

    /**
     * Two rules of one category on the same words say the same thing twice ("Comment YES" is both a
     * reaction request and a keyword bait): the first, most severe one stays.
     */
    private static List<Finding> withoutRepeats(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(java.util.Comparator.comparing(Finding::severity));
        Set<String> seen = new java.util.HashSet<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding f : sorted) {
            if (seen.add(f.category().id() + ':' + f.start() + ':' + f.end())) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** The snapshot's language, detected from its text when it is AUTO. */
    public Language resolve(TextSnapshot snapshot) {
        return mainLanguage(languageParts(prefix(snapshot, CheckedPrefix.end(snapshot.text()))));
    }

    /** Whether a warning or error of one of the categories stands among the findings. */
    private static boolean stands(List<Finding> findings, List<Category> categories) {
        return !categories.isEmpty() && findings.stream()
                .anyMatch(f -> f.severity().compareTo(Severity.HINT) < 0 && categories.contains(f.category()));
    }

    /** The paragraphs of each language; one entry (the whole text) unless AUTO finds a mix. */
    private Map<Language, List<Span>> languageParts(TextSnapshot snapshot) {
        Map<Language, List<Span>> parts = new EnumMap<>(Language.class);
        String text = snapshot.text();
        if (snapshot.language() != Language.AUTO) {
            parts.put(snapshot.language(), List.of(new Span(0, text.length())));
            return parts;
        }
        List<Span> paragraphs = TextSpans.paragraphs(text);
        List<double[]> scores = new ArrayList<>(paragraphs.size());
        double[] total = new double[2];
        for (Span p : paragraphs) {
            double[] s = detector.score(text, p.start(), p.end());
            scores.add(s);
            total[0] += s[0];
            total[1] += s[1];
        }
        Language whole = detector.decide(total);
        for (int i = 0; i < paragraphs.size(); i++) {
            Span p = paragraphs.get(i);
            double[] s = scores.get(i);
            // Too short to tell, or nothing in it tells (a link on its own line): the whole text's language.
            Language l = p.length() < MIN_DETECTABLE || s[0] == 0 && s[1] == 0 ? whole : detector.decide(s);
            parts.computeIfAbsent(l, k -> new ArrayList<>()).add(p);
        }
        if (parts.size() <= 1) {
            parts.clear();
            parts.put(whole, List.of(new Span(0, text.length())));
        }
        return parts;
    }

    /** Paragraphs shorter than this take the language of the whole text: too little to tell. */
    private static final int MIN_DETECTABLE = 40;

    private static Language mainLanguage(Map<Language, List<Span>> parts) {
        Language best = Language.ENGLISH;
        int most = -1;
        for (Map.Entry<Language, List<Span>> e : parts.entrySet()) {
            int chars = e.getValue().stream().mapToInt(Span::length).sum();
            if (chars > most) {
                most = chars;
                best = e.getKey();
            }
        }
        return best;
    }

    AnalyzedText analyze(String text, Language language, List<Span> only) {
        AnalyzedText all = new AnalyzedText(text, language, lemmatizers.tokenizer(language).tokenize(text),
                book.phraseIndex());
        return only == null ? all : restrict(all, only);
    }

    /** Only the given spans of the text, in its other language, cut into words span by span. */
    private AnalyzedText analyzeParts(String text, Language language, List<Span> spans) {
        List<Token> tokens = new ArrayList<>();
        int sentence = 0;
        for (Span s : spans) {
            sentence = lemmatizers.tokenizer(language).tokenize(text, s.start(), s.end(), sentence, tokens);
        }
        return new AnalyzedText(text, language, tokens, book.phraseIndex());
    }

    /** The same text with only the tokens inside the given spans, which run in text order. */
    private AnalyzedText restrict(AnalyzedText all, List<Span> spans) {
        List<Token> kept = new ArrayList<>();
        for (Span s : spans) {
            kept.addAll(all.tokensIn(s));
        }
        return new AnalyzedText(all.text(), all.language(), kept, all.phraseIndex());
    }
}
