package org.readerfirst.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.readerfirst.core.lang.EnglishStemmer;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.rules.PackProblem;
import org.readerfirst.core.rules.RuleBook;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.core.rules.RulePackLoader;
import org.readerfirst.grammar.VoikkoFinnish;
import org.readerfirst.grammar.VoikkoLemmatizer;
import org.readerfirst.grammar.VoikkoLocation;
import org.readerfirst.grammar.VoikkoUnavailableException;

/**
 * The rule engine a command checks with: the built-in packs and the writer's own from {@code --rules},
 * Finnish words matched by Voikko's base forms where Voikko is installed and by stems otherwise. A pack
 * that cannot be read is told on standard error and skipped.
 */
final class RuleSetup implements AutoCloseable {

    private final VoikkoFinnish voikko;
    private final RuleEngine engine;

    private RuleSetup(VoikkoFinnish voikko, RuleEngine engine) {
        this.voikko = voikko;
        this.engine = engine;
    }

    /** @param rulesDir the {@code --rules} folder, or null */
    static RuleSetup open(String rulesDir, PrintStream err) throws UsageException {
        Path folder = rulesFolder(rulesDir);
        VoikkoFinnish voikko = openVoikko();
        Lemmatizers lemmatizers = voikko == null ? Lemmatizers.stemmers()
                : new Lemmatizers(new EnglishStemmer(), new VoikkoLemmatizer(voikko));
        RuleBook book = new RulePackLoader(lemmatizers).loadBuiltInAnd(folder);
        for (PackProblem p : book.problems()) {
            err.println("readerfirst: skipped rule pack " + p);
        }
        return new RuleSetup(voikko, new RuleEngine(book, lemmatizers));
    }

    RuleEngine engine() {
        return engine;
    }

    /** Voikko for Finnish base forms in the rules; null when it is not installed, and the stems serve. */
    private static VoikkoFinnish openVoikko() {
        try {
            return VoikkoFinnish.open(VoikkoLocation.system());
        } catch (VoikkoUnavailableException e) {
            return null;
        }
    }

    private static Path rulesFolder(String dir) throws UsageException {
        if (dir == null) {
            return null;
        }
        Path folder = Path.of(dir);
        if (!Files.isDirectory(folder)) {
            throw new UsageException("--rules " + dir + ": no such folder");
        }
        return folder;
    }

    @Override
    public void close() {
        if (voikko != null) {
            voikko.close();
        }
    }
}
