package org.readerfirst.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.readerfirst.core.curation.PublishedText;
import org.readerfirst.core.curation.PublishedTexts;
import org.readerfirst.core.habits.HabitsReport;
import org.readerfirst.core.lang.Lemmatizers;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.core.rules.RulePackLoader;
import org.readerfirst.history.ImportReport;
import org.readerfirst.history.LinkedInImport;
import org.readerfirst.history.WritingHabits;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;

/**
 * {@code bench --suite history}: a LinkedIn data export made up for the run (the same every run) and
 * zipped as LinkedIn sends it, with {@value #POSTS} posts, {@value #COMMENTS} comments,
 * {@value #MESSAGES} messages (every other one the writer's) and {@value #INVITATIONS} invitations,
 * written as LinkedIn writes them: each line of a post quoted on its own, quotes in comments escaped
 * with a backslash. {@code history.import} imports it into a new database each run, from reading the
 * ZIP to the last row committed; {@code history.reimport} imports it again into a library that has
 * it all already, as a writer does with a newer export. Opening and closing the database is not timed.
 * {@code history.report-first} and {@code history.report} make the habits report over that history,
 * first with every text to check, then with the verdicts the first one kept.
 */
final class HistoryBench {

    static final int POSTS = 2_500;
    static final int COMMENTS = 2_500;
    static final int MESSAGES = 20_000;
    static final int INVITATIONS = 1_000;
    private static final long SEED = 20261208L;
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SENT_AT =
            DateTimeFormatter.ofPattern("M/d/yy, h:mm a", Locale.US).withZone(ZoneOffset.UTC);
    private static final String WRITER = "https://www.linkedin.com/in/aino-lehtonen";

    private final Bench bench;
    private final List<String> sentences;

    HistoryBench(Bench bench) {
        this.bench = bench;
        this.sentences = Bench.sampleText().lines().filter(l -> !l.isBlank()).toList();
    }

    void run() {
        run(POSTS, COMMENTS, MESSAGES, INVITATIONS, 5, 1);
    }

    void run(int posts, int comments, int messages, int invitations, int runs, int warmUp) {
        Path folder;
        try {
            folder = Files.createTempDirectory("readerfirst-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path zip = export(folder, new Random(SEED), posts, comments, messages, invitations);
            int[] db = {0};
            double[] ms = new double[runs];
            for (int i = -warmUp; i < runs; i++) {
                try (DraftStore store = DraftStore.open(folder.resolve("import-" + db[0]++ + ".db"))) {
                    long t0 = System.nanoTime();
                    ImportReport report = LinkedInImport.importInto(store, zip);
                    double took = (System.nanoTime() - t0) / 1e6;
                    check(report, posts + comments + messages / 2 + invitations / 2);
                    if (i >= 0) {
                        ms[i] = took;
                    }
                }
            }
            bench.print("history.import", ms);
            try (DraftStore store = DraftStore.open(folder.resolve("reimport.db"))) {
                LinkedInImport.importInto(store, zip);
                bench.time("history.reimport", runs, warmUp, () -> call(() -> LinkedInImport.importInto(store, zip)));
                report(store, posts + comments + messages / 2 + invitations / 2, runs, warmUp);
            }
            nearDuplicates(new Random(SEED + 1), posts + comments, runs, warmUp);
        } catch (StoreException e) {
            throw new IllegalStateException("the history benchmark failed: " + e.getMessage(), e);
        } finally {
            deleteFolder(folder);
        }
    }

    /**
     * The habits report over the imported history, on a pool of a thread a core as the command line
     * runs it. {@code history.report-first} is the first report: no verdict kept, every text checked
     * and its verdict kept (each run switches off a made-up rule of its own, which changes the rules'
     * fingerprint as an update of the packs does). {@code history.report} is every report after it:
     * the log, the texts and the kept verdicts read, each text's fingerprint worked out, the figures.
     */
    private void report(DraftStore store, int texts, int runs, int warmUp) {
        Lemmatizers lemmatizers = Lemmatizers.stemmers();
        RuleEngine engine = new RuleEngine(new RulePackLoader(lemmatizers).loadBuiltIn(), lemmatizers);
        int[] rule = {0};
        bench.time("history.report-first", runs, warmUp, () -> call(() -> {
            store.setRuleEnabled("bench-made-up-" + rule[0]++, false);
            return checked(WritingHabits.report(store, engine, ZoneOffset.UTC), texts);
        }));
        bench.time("history.report", runs * 4, warmUp, () -> call(() ->
                checked(WritingHabits.report(store, engine, ZoneOffset.UTC), texts)));
    }

    private static HabitsReport checked(HabitsReport report, int texts) {
        if (report.checked().count() != texts) {
            throw new IllegalStateException("the report checked " + report.checked().count() + " texts, not " + texts);
        }
        return report;
    }

    /**
     * The near-duplicate check of a post against a history of {@code published} texts:
     * {@code history.near-duplicate} through the index (as a keystroke's check does, the index built
     * when the draft opened), {@code history.near-duplicate-index} building that index, and
     * {@code history.near-duplicate-scan} comparing the post with every text, as the check did before.
     */
    private void nearDuplicates(Random random, int published, int runs, int warmUp) {
        List<PublishedText> history = new ArrayList<>();
        for (int i = 0; i < published; i++) {
            history.add(new PublishedText(text(random, 300 + random.nextInt(2_200)), LocalDate.of(2024, 1, 1).plusDays(i % 700)));
        }
        String post = text(random, 1_500) + "\n\n" + history.get(published / 2).text().substring(0, 200);
        // A keystroke changes the draft: each run checks a text of its own, so nothing is remembered.
        int[] keystroke = {0};
        PublishedTexts indexed = PublishedTexts.of(history);
        indexed.closest(post);
        bench.time("history.near-duplicate", runs * 20, warmUp * 20, () -> indexed.closest(post + " " + keystroke[0]++));
        bench.time("history.near-duplicate-index", runs, warmUp, () -> PublishedTexts.of(new ArrayList<>(history)).closest(post));
        bench.time("history.near-duplicate-scan", runs, warmUp, () -> {
            String typed = post + " " + keystroke[0]++;
            return history.stream().mapToDouble(t -> t.similarityTo(typed)).max().orElse(0);
        });
    }

    private static void check(ImportReport report, int expected) {
        if (!report.problems().isEmpty() || report.totalAdded() != expected) {
            throw new IllegalStateException("the made-up export imported " + report.totalAdded() + " texts, not "
                    + expected + ": " + report.problems());
        }
    }

    /** Writes the export's files and zips them; returns the ZIP. */
    private Path export(Path folder, Random random, int posts, int comments, int messages, int invitations) {
        Instant start = Instant.parse("2019-01-07T07:00:00Z");
        List<String> files = new ArrayList<>();
        StringBuilder shares = new StringBuilder("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n");
        for (int i = posts - 1; i >= 0; i--) {
            String[] lines = text(random, 300 + random.nextInt(2_200)).split("\n", -1);
            StringBuilder field = new StringBuilder("\"");
            for (int l = 0; l < lines.length; l++) {
                field.append(l > 0 ? "\"\"\n\"\"" : "").append(lines[l].replace("\"", "\"\""));
            }
            shares.append(DATE.format(start.plus(Duration.ofHours(17L * i))))
                    .append(",https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A").append(7_000_000_000_000_000_000L + i)
                    .append(',').append(field).append("\",\"\",\"\",MEMBER_NETWORK\n");
        }
        files.add(write(folder, "Shares.csv", shares));
        StringBuilder commentRows = new StringBuilder("Date,Link,Message\n");
        for (int i = comments - 1; i >= 0; i--) {
            String text = "Good point, \"" + text(random, 20) + "\" " + text(random, 30 + random.nextInt(500));
            commentRows.append(DATE.format(start.plus(Duration.ofMinutes(1_013L * i))))
                    .append(",https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A").append(6_000_000_000_000_000_000L + i / 2)
                    .append(",\"").append(text.replace("\"", "\\\"")).append("\"\n");
        }
        files.add(write(folder, "Comments.csv", commentRows));
        StringBuilder messageRows = new StringBuilder("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
                + "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT\n");
        for (int i = messages - 1; i >= 0; i--) {
            int other = i / 8;
            String otherName = "Contact " + other;
            String otherUrl = "https://www.linkedin.com/in/contact-" + other;
            boolean mine = i % 2 == 0;
            messageRows.append("2-Q29udmVyc2F0aW9u").append(other).append("==,,")
                    .append(mine ? "Aino Lehtonen" : otherName).append(',').append(mine ? WRITER : otherUrl).append(',')
                    .append(mine ? otherName : "Aino Lehtonen").append(',').append(mine ? otherUrl : WRITER).append(',')
                    .append(DATE.format(start.plus(Duration.ofMinutes(131L * i)))).append(" UTC,,")
                    .append(quoted(text(random, 40 + random.nextInt(800)))).append(",INBOX,,No\n");
        }
        files.add(write(folder, "messages.csv", messageRows));
        StringBuilder invitationRows = new StringBuilder("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n");
        for (int i = invitations - 1; i >= 0; i--) {
            boolean mine = i % 2 == 0;
            String other = "https://www.linkedin.com/in/invited-" + i;
            invitationRows.append(mine ? "Aino Lehtonen,Person " + i : "Person " + i + ",Aino Lehtonen").append(",\"")
                    .append(SENT_AT.format(start.plus(Duration.ofMinutes(2_111L * i)))).append("\",")
                    .append(quoted(text(random, 60 + random.nextInt(200)))).append(mine ? ",OUTGOING," : ",INCOMING,")
                    .append(mine ? WRITER + "," + other : other + "," + WRITER).append('\n');
        }
        files.add(write(folder, "Invitations.csv", invitationRows));
        files.add(write(folder, "Profile.csv", new StringBuilder("First Name,Last Name,Headline\nAino,Lehtonen,Product lead\n")));
        Path zip = folder.resolve("Complete_LinkedInDataExport.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : files) {
                z.putNextEntry(new ZipEntry(name));
                Files.copy(folder.resolve(name), z);
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }

    /** Sentences of the sample until about {@code chars} characters, four to a paragraph. */
    private String text(Random random, int chars) {
        StringBuilder sb = new StringBuilder(chars + 200);
        for (int n = 1; sb.length() < chars; n++) {
            sb.append(sentences.get(random.nextInt(sentences.size()))).append(n % 4 == 0 ? "\n\n" : " ");
        }
        return sb.toString().strip();
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String write(Path folder, String name, CharSequence text) {
        try (Writer w = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8)) {
            w.append(text);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface StoreCall {
        Object run() throws StoreException, InterruptedException;
    }

    private static Object call(StoreCall call) {
        try {
            return call.run();
        } catch (StoreException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
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
