package org.readerfirst.history;

import java.lang.System.Logger.Level;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.readerfirst.core.habits.HabitsReport;
import org.readerfirst.core.habits.HabitsTally;
import org.readerfirst.core.habits.HistoryChecks;
import org.readerfirst.core.habits.HistoryText;
import org.readerfirst.core.habits.TextVerdict;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Publication;
import org.readerfirst.core.rules.RuleEngine;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.KeptVerdict;
import org.readerfirst.store.StoreException;

/**
 * The habits report over the library: the publishing log and the published drafts outside the trash,
 * each text checked by the rules unless the verdict kept from an earlier report is still its own (same
 * text, same rules), and the new verdicts kept for the next report. The command line and the window
 * call this; a window calls it off the FX thread.
 */
public final class WritingHabits {

    private static final System.Logger LOG = System.getLogger(WritingHabits.class.getName());

    private WritingHabits() {
    }

    /** As {@link #report(DraftStore, RuleEngine, ZoneId, Executor)} on a pool of a thread a core, closed afterwards. */
    public static HabitsReport report(DraftStore store, RuleEngine engine, ZoneId zone)
            throws StoreException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "readerfirst-habits");
            t.setDaemon(true);
            return t;
        });
        try {
            return report(store, engine, zone, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * @param engine the rules, as the writer checks with them (the built-in packs and their own)
     * @param zone whose calendar days and months the figures use
     * @param pool where the texts are checked; the caller owns it
     * @throws InterruptedException if the calling thread is interrupted while the texts are checked
     */
    public static HabitsReport report(DraftStore store, RuleEngine engine, ZoneId zone, Executor pool)
            throws StoreException, InterruptedException {
        List<Publication> log = store.publishingLog().publications();
        List<HistoryText> texts = texts(store, log);
        HistoryChecks checks = new HistoryChecks(engine, store.disabledRules());
        Map<Long, KeptVerdict> kept = store.keptVerdicts();
        Map<Long, TextVerdict> verdicts = new HashMap<>();
        Map<Long, String> fingerprints = new HashMap<>();
        List<HistoryText> toCheck = new ArrayList<>();
        for (HistoryText t : texts) {
            if (t.text().isBlank()) {
                continue;
            }
            String fingerprint = checks.fingerprint(t);
            KeptVerdict k = kept.get(t.draftId());
            Optional<TextVerdict> known = k != null && k.fingerprint().equals(fingerprint)
                    ? TextVerdict.decode(k.verdict()) : Optional.empty();
            if (known.isPresent()) {
                verdicts.put(t.draftId(), known.get());
            } else {
                fingerprints.put(t.draftId(), fingerprint);
                toCheck.add(t);
            }
        }
        Map<Long, TextVerdict> checked = checks.checkAll(toCheck, pool);
        verdicts.putAll(checked);
        keep(store, checked, fingerprints);
        return HabitsTally.of(log, texts, verdicts, engine.book().limits(), zone);
    }

    /** The published drafts outside the trash, each as it first went out. */
    private static List<HistoryText> texts(DraftStore store, List<Publication> log) throws StoreException {
        Map<Long, Publication> first = new HashMap<>();
        for (Publication p : log) {
            if (p.draftId() > 0) {
                first.merge(p.draftId(), p, (a, b) -> b.at().isBefore(a.at()) ? b : a);
            }
        }
        List<HistoryText> texts = new ArrayList<>();
        if (first.isEmpty()) {
            return texts;
        }
        for (Draft d : store.list()) {
            Publication p = first.get(d.id());
            if (p != null) {
                texts.add(new HistoryText(d.id(), p.type(), d.language(), d.body(), p.at()));
            }
        }
        return texts;
    }

    /** A database that cannot be written to (read-only, full) costs the next report the checks, not this one. */
    private static void keep(DraftStore store, Map<Long, TextVerdict> checked, Map<Long, String> fingerprints) {
        if (checked.isEmpty()) {
            return;
        }
        List<KeptVerdict> keep = new ArrayList<>(checked.size());
        checked.forEach((id, v) -> keep.add(new KeptVerdict(id, fingerprints.get(id), v.encode())));
        try {
            store.keepVerdicts(keep);
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "the report's verdicts could not be kept for the next one: " + e.getMessage());
        }
    }
}
