package org.readerfirst.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.DraftDetails;
import org.readerfirst.store.DraftStatus;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;

/**
 * {@code bench --suite store}: a temporary database of {@value #DRAFTS} drafts of 100 to 5,000
 * characters in English and Finnish (the same every run), then the window's drafts list (its rows
 * with an excerpt of each text, and the tags), a full-text search as the list makes it, and the
 * autosave of a 3,000-character draft.
 */
final class StoreBench {

    static final int DRAFTS = 10_000;
    private static final long SEED = 20261127L;

    private static final String[] ENGLISH = ("customer team pricing growth lesson hiring leader product market "
            + "feedback meeting project budget quarter strategy story mentor career network launch design data "
            + "report sales partner support culture remote office plan change result value goal problem answer "
            + "question idea process tool habit skill reader writer").split(" ");
    private static final String[] FINNISH = ("asiakas tiimi hinnoittelu kasvu oppi rekrytointi johtaja tuote "
            + "markkina palaute kokous projekti budjetti vuosineljännes strategia tarina mentori ura verkosto "
            + "julkaisu suunnittelu raportti myynti kumppani tuki kulttuuri etätyö toimisto muutos tulos arvo "
            + "tavoite ongelma vastaus kysymys työelämä osaaminen lukija kirjoittaja").split(" ");
    private static final String[] FINNISH_ENDINGS = {"", "", "n", "ssa", "sta", "lla", "lle", "ksi", "t", "kin"};
    private static final String[] SYLLABLES = ("ka lo mi tu sa ne ri vo pe ja hä ky yö ta li su ko ma "
            + "con ver sion ing ment pro ter ly").split(" ");
    private static final int VOCABULARY = 20_000;
    private static final String[] SMALL = ("the a and of to in is for that we it ja on ei se että kun mutta "
            + "myös tai").split(" ");

    private final Bench bench;
    private final List<String> vocabulary = new ArrayList<>();

    StoreBench(Bench bench) {
        this.bench = bench;
        for (String w : ENGLISH) {
            vocabulary.add(w);
            vocabulary.add(w + "s");
        }
        for (String w : FINNISH) {
            for (String ending : FINNISH_ENDINGS) {
                vocabulary.add(w + ending);
            }
        }
        // A writer's vocabulary runs to thousands of words: made-up ones fill it out, and the shuffle
        // spreads the real ones over common and rare ranks, so a search finds some drafts, not all.
        Random random = new Random(SEED);
        while (vocabulary.size() < VOCABULARY) {
            StringBuilder w = new StringBuilder();
            for (int i = 2 + random.nextInt(3); i > 0; i--) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            vocabulary.add(w.toString());
        }
        Collections.shuffle(vocabulary, random);
    }

    void run() {
        Path folder;
        try {
            folder = Files.createTempDirectory("readerfirst-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (DraftStore store = DraftStore.open(folder.resolve("bench.db"))) {
            Random random = new Random(SEED);
            store.addAll(library(random));
            // What the window's drafts list reads: every row with its excerpt, and the tags for its filter.
            bench.time("store.list", 30, 5, () -> call(() -> List.of(store.listing(null, null), store.tags())));
            String[] searches = {"työelämä", "hinnoittelu", "mentor", "kulttuuri asiakas", "pricing"};
            int[] n = {0};
            bench.time("store.search", 100, 10, () -> call(() ->
                    List.of(store.listing(null, searches[n[0]++ % searches.length]), store.tags())));
            Draft open = store.create("Autosaved", text(random, 3_000), ContentType.POST, Language.AUTO);
            bench.time("store.autosave", 200, 20, () -> call(() -> store.save(open.withBody(text(random, 3_000), open.updated()))));
        } catch (StoreException e) {
            throw new IllegalStateException("the store benchmark failed: " + e.getMessage(), e);
        } finally {
            deleteFolder(folder);
        }
    }

    private List<DraftDetails> library(Random random) {
        List<DraftDetails> drafts = new ArrayList<>(DRAFTS);
        Instant start = Instant.parse("2024-01-01T08:00:00Z");
        DraftStatus[] statuses = DraftStatus.values();
        for (int i = 0; i < DRAFTS; i++) {
            Instant created = start.plus(Duration.ofMinutes(97L * i));
            Instant updated = created.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)));
            String title = capitalised(words(random, 2 + random.nextInt(5)));
            Draft draft = new Draft(0, title, text(random, 100 + random.nextInt(4_901)),
                    ContentType.values()[random.nextInt(ContentType.values().length)], Language.AUTO, created, updated);
            drafts.add(new DraftDetails(draft, statuses[random.nextInt(statuses.length)],
                    random.nextInt(3) == 0 ? List.of(vocabulary.get(random.nextInt(vocabulary.size()))) : List.of()));
        }
        return drafts;
    }

    /** Sentences of words until exactly {@code chars} characters. */
    private String text(Random random, int chars) {
        StringBuilder sb = new StringBuilder(chars + 80);
        while (sb.length() < chars) {
            sb.append(capitalised(words(random, 6 + random.nextInt(12)))).append(random.nextInt(8) == 0 ? ".\n\n" : ". ");
        }
        return sb.substring(0, chars);
    }

    /** Small words often, the rest of the vocabulary by a Zipf-like rank, so some words are rare. */
    private String words(Random random, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            if (random.nextInt(3) == 0) {
                sb.append(SMALL[random.nextInt(SMALL.length)]);
            } else {
                int rank = (int) Math.floor(Math.pow(vocabulary.size() + 1, random.nextDouble())) - 1;
                sb.append(vocabulary.get(Math.min(rank, vocabulary.size() - 1)));
            }
        }
        return sb.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private interface StoreCall {
        Object run() throws StoreException;
    }

    private static Object call(StoreCall call) {
        try {
            return call.run();
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind is cleaned by the system.
        }
    }
}
