package org.readerfirst.core.habits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.readerfirst.core.model.CheckSettings;
import org.readerfirst.core.model.TextSnapshot;
import org.readerfirst.core.rules.RuleEngine;

/**
 * The rules run over published texts for the habits report, as the check panel runs them on a draft
 * without grammar: each text on its own, with the rules the writer switched off left out. The texts are
 * spread over the pool the caller gives, in batches, and a text written twice (the same thank-you to
 * many) is checked once. Each text's fingerprint tells whether a verdict kept from an earlier report is
 * still its own: it covers the text, its surface and language, and the rules.
 */
public final class HistoryChecks {

    /** Raised whenever what a verdict holds, or how it is worked out from a check, changes. */
    static final int VERDICT_FORMAT = 1;
    private static final int BATCH = 32;

    private final RuleEngine engine;
    private final CheckSettings settings;
    /** A digest that has read the rules' part of every fingerprint already; each text's starts from a copy. */
    private final MessageDigest rulesRead;

    public HistoryChecks(RuleEngine engine, Set<String> disabledRules) {
        this.engine = engine;
        this.settings = CheckSettings.defaults().withDisabledRules(disabledRules);
        String rules = VERDICT_FORMAT + "\n" + engine.fingerprint() + "\n" + String.join(",", new TreeSet<>(disabledRules));
        this.rulesRead = sha256();
        rulesRead.update(rules.getBytes(StandardCharsets.UTF_8));
        rulesRead.update((byte) 0);
    }

    /** What decides the text's verdict, as a digest: the same for the same text and rules in every run. */
    public String fingerprint(HistoryText text) {
        MessageDigest digest = copy(rulesRead);
        digest.update((text.type().id() + "\n" + text.language().id() + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(text.text().getBytes(StandardCharsets.UTF_8));
        byte[] hash = digest.digest();
        StringBuilder hex = new StringBuilder(32);
        for (int i = 0; i < 16; i++) {
            hex.append(Character.forDigit((hash[i] >> 4) & 0xf, 16)).append(Character.forDigit(hash[i] & 0xf, 16));
        }
        return hex.toString();
    }

    public TextVerdict check(HistoryText text) {
        return TextVerdict.of(engine.check(new TextSnapshot(text.text(), text.type(), text.language()), settings));
    }

    /**
     * Checks the texts on {@code pool} and waits for all of them.
     *
     * @return each text's verdict by its draft id
     * @throws InterruptedException if the waiting thread is interrupted; the batches not begun are dropped
     */
    public Map<Long, TextVerdict> checkAll(List<HistoryText> texts, Executor pool) throws InterruptedException {
        // The same words on the same surface in the same language are judged alike: checked once.
        Map<String, List<HistoryText>> alike = new LinkedHashMap<>();
        for (HistoryText t : texts) {
            alike.computeIfAbsent(t.type().id() + '\n' + t.language().id() + '\n' + t.text(), k -> new ArrayList<>()).add(t);
        }
        List<List<HistoryText>> groups = new ArrayList<>(alike.values());
        List<CompletableFuture<List<TextVerdict>>> batches = new ArrayList<>();
        for (int from = 0; from < groups.size(); from += BATCH) {
            List<List<HistoryText>> batch = groups.subList(from, Math.min(groups.size(), from + BATCH));
            batches.add(CompletableFuture.supplyAsync(() -> batch.stream().map(g -> check(g.get(0))).toList(), pool));
        }
        Map<Long, TextVerdict> verdicts = new HashMap<>();
        try {
            for (int b = 0; b < batches.size(); b++) {
                List<TextVerdict> done = batches.get(b).get();
                for (int i = 0; i < done.size(); i++) {
                    for (HistoryText t : groups.get(b * BATCH + i)) {
                        verdicts.put(t.draftId(), done.get(i));
                    }
                }
            }
        } catch (InterruptedException e) {
            batches.forEach(f -> f.cancel(false));
            throw e;
        } catch (ExecutionException e) {
            batches.forEach(f -> f.cancel(false));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("a check failed", e.getCause());
        } catch (CancellationException e) {
            throw new InterruptedException("the checks were cancelled");
        }
        return verdicts;
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 can be copied in every Java", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
