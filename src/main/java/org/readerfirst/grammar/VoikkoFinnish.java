package org.readerfirst.grammar;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.puimula.libvoikko.Analysis;
import org.puimula.libvoikko.GrammarError;
import org.puimula.libvoikko.Voikko;
import org.puimula.libvoikko.VoikkoException;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;

/**
 * Finnish through Voikko: spelling with suggestions, Voikko's grammar checks with its own descriptions,
 * and base forms. Voikko's methods are synchronized, so one instance can serve the grammar thread and
 * the rule engine's lemmatizer at once.
 */
public final class VoikkoFinnish implements Proofreader, AutoCloseable {

    static final String PREFIX = "voikko:";
    static final String SPELLING_RULE = PREFIX + "spelling";

    private final Voikko voikko;
    private final Function describe;

    private VoikkoFinnish(Voikko voikko, Function describe) {
        this.voikko = voikko;
        this.describe = describe;
        voikko.setIgnoreNumbers(true);
        voikko.setIgnoreUppercase(true);
        voikko.setAcceptUnfinishedParagraphsInGc(true);
        voikko.setAcceptTitlesInGc(true);
        voikko.setAcceptBulletedListsInGc(true);
    }

    /** Opens Voikko's Finnish dictionary, or says in one line how to install what is missing. */
    public static VoikkoFinnish open(VoikkoLocation where) throws VoikkoUnavailableException {
        NativeLibrary library;
        try {
            // Probe first: the binding's own loading failure leaves its class unusable for the whole run.
            library = NativeLibrary.getInstance(where.library());
            Path folder = Path.of(where.library()).getParent();
            if (folder != null) {
                Voikko.addLibraryPath(folder.toString());
            }
        } catch (LinkageError | RuntimeException e) {
            throw new VoikkoUnavailableException(GrammarTexts.VOIKKO_MISSING, e);
        }
        try {
            Voikko voikko = where.dictionaryPath() == null ? new Voikko(where.languageTag())
                    : new Voikko(where.languageTag(), where.dictionaryPath());
            return new VoikkoFinnish(voikko, errorDescriptions(library));
        } catch (VoikkoException e) {
            throw new VoikkoUnavailableException(GrammarTexts.VOIKKO_DICTIONARY_MISSING, e);
        } catch (LinkageError e) {
            throw new VoikkoUnavailableException(GrammarTexts.VOIKKO_MISSING, e);
        }
    }

    // The binding's short descriptions come back empty from current libvoikko; this older call gives
    // Voikko's own texts in Finnish and English.
    private static Function errorDescriptions(NativeLibrary library) {
        try {
            return library.getFunction("voikko_error_message_cstr");
        } catch (UnsatisfiedLinkError e) {
            return null;
        }
    }

    @Override
    public boolean knows(String word) {
        return voikko.spell(word);
    }

    public List<String> suggestions(String word) {
        return voikko.suggest(word);
    }

    /** The dictionary forms of a word, lower-cased: "johdon" gives "johto"; empty for a word Voikko does not know. */
    public Set<String> baseForms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        for (Analysis a : voikko.analyze(word)) {
            String base = a.get("BASEFORM");
            if (base != null && !base.isEmpty()) {
                forms.add(base.toLowerCase(Locale.ROOT));
            }
        }
        return forms;
    }

    @Override
    public List<Finding> check(String paragraph, GrammarOptions options, BooleanSupplier cancelled) {
        List<Finding> findings = new ArrayList<>();
        for (FinnishWords.Word w : FinnishWords.of(paragraph)) {
            if (cancelled.getAsBoolean()) {
                return findings;
            }
            if (!voikko.spell(w.text()) && !knownCompound(w.text())) {
                findings.add(new Finding(SPELLING_RULE, Category.SPELLING, Severity.WARNING, w.start(), w.end(),
                        GrammarTexts.unknownWord(w.text(), options.messageLanguage()),
                        GrammarTexts.why(Category.SPELLING, options.messageLanguage()), voikko.suggest(w.text())));
            }
        }
        String descriptionLanguage = options.messageLanguage() == Language.FINNISH ? "fi" : "en";
        // One line at a time: Voikko counts code points within a line, but the binding adds up lines in
        // UTF-16 units; a line alone keeps one unit to convert.
        int lineStart = 0;
        while (lineStart <= paragraph.length() && !cancelled.getAsBoolean()) {
            int lineEnd = paragraph.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = paragraph.length();
            }
            grammarErrors(paragraph.substring(lineStart, lineEnd), lineStart, descriptionLanguage, options, findings);
            lineStart = lineEnd + 1;
        }
        return findings;
    }

    /**
     * A compound joined by a hyphen to a part Voikko does not know, such as an English word or an
     * abbreviation ("startup-yhteisössä", "HR-päivästä", "ISBAR-mallilla"), is checked by its Finnish
     * part: the part after the last hyphen carries the inflection.
     */
    private boolean knownCompound(String word) {
        int hyphen = Math.max(word.lastIndexOf('-'), word.lastIndexOf('\u2010'));
        if (hyphen <= 0 || hyphen >= word.length() - 3) {
            return false;
        }
        String last = word.substring(hyphen + 1);
        return Character.isLowerCase(last.codePointAt(0)) && voikko.spell(last);
    }

    private void grammarErrors(String line, int offset, String descriptionLanguage, GrammarOptions options,
                               List<Finding> findings) {
        if (line.isBlank()) {
            return;
        }
        for (GrammarError e : voikko.grammarErrors(line, descriptionLanguage)) {
            if (e.getErrorCode() == VoikkoGrammarCodes.SPELLING) {
                continue;
            }
            int start = toUtf16(line, e.getStartPos());
            int end = toUtf16(line, e.getStartPos() + e.getErrorLen());
            if (end > start) {
                findings.add(new Finding(PREFIX + VoikkoGrammarCodes.name(e.getErrorCode()), Category.GRAMMAR,
                        VoikkoGrammarCodes.severity(e.getErrorCode()), offset + start, offset + end,
                        description(e, descriptionLanguage),
                        GrammarTexts.why(Category.GRAMMAR, options.messageLanguage()), e.getSuggestions()));
            }
        }
    }

    private String description(GrammarError e, String language) {
        if (describe != null) {
            Pointer p = (Pointer) describe.invoke(Pointer.class, new Object[] {e.getErrorCode(), language});
            if (p != null) {
                String text = p.getString(0, "UTF-8");
                if (!text.isBlank()) {
                    return text;
                }
            }
        }
        String own = e.getShortDescription();
        return own == null || own.isBlank() ? (language.equals("fi") ? "Kielioppivirhe" : "Grammar mistake") : own;
    }

    private static int toUtf16(String text, int codePoints) {
        try {
            return text.offsetByCodePoints(0, codePoints);
        } catch (IndexOutOfBoundsException e) {
            return text.length();
        }
    }

    @Override
    public void close() {
        voikko.terminate();
    }
}
