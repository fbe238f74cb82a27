package org.readerfirst.core.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything the packs gave: the rules, the limits table, and the packs that were skipped with why.
 * A writer's rule with the id of a built-in one takes its place.
 */
public final class RuleBook {

    private final List<Rule> rules;
    private final Limits limits;
    private final List<PackProblem> problems;
    private final List<String> packs;
    private final PhraseIndex phraseIndex;
    private final Set<String> wholeText;
    private volatile String fingerprint;

    RuleBook(List<Rule> rules, Limits limits, List<PackProblem> problems, List<String> packs, PhraseIndex phraseIndex) {
        this.rules = List.copyOf(rules);
        this.limits = limits;
        this.problems = List.copyOf(problems);
        this.packs = List.copyOf(packs);
        this.phraseIndex = phraseIndex;
        this.wholeText = this.rules.stream().filter(r -> r instanceof StockRule).map(Rule::id).collect(Collectors.toSet());
    }

    /** True for a rule that judges a message as a whole rather than words in it. */
    boolean judgesWholeText(String ruleId) {
        return wholeText.contains(ruleId);
    }

    public List<Rule> rules() {
        return rules;
    }

    public Limits limits() {
        return limits;
    }

    /** The packs that were skipped, each with its file, line and what is wrong. */
    public List<PackProblem> problems() {
        return problems;
    }

    /** The packs that loaded. */
    public List<String> packs() {
        return packs;
    }

    /**
     * A digest of what the rules check: every rule's definition and language, and the limits table. The
     * same packs give the same fingerprint in every run, whether read from their YAML or from the
     * build's image, and a change to any of them gives another; results kept from an earlier run are
     * current when it matches.
     */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            StringBuilder all = new StringBuilder();
            for (Rule r : rules) {
                all.append(key(r)).append('\u0000');
                canonical(r instanceof PackRule p ? p.definition : r.getClass().getName() + ":" + r.category(), all);
                all.append('\n');
            }
            canonical(limits.rows(), all);
            f = sha256(all.toString());
            fingerprint = f;
        }
        return f;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * A value written out the same in every run: maps in the order of their keys (a map copied with
     * Map.copyOf iterates in an order that changes from run to run), records component by component.
     */
    private static void canonical(Object value, StringBuilder out) {
        if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('(');
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                out.append(c.getName()).append('=');
                try {
                    canonical(c.getAccessor().invoke(record), out);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass(), e);
                }
                out.append(';');
            }
            out.append(')');
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            out.append('{');
            sorted.forEach((k, v) -> {
                out.append(k).append('=');
                canonical(v, out);
                out.append(',');
            });
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            for (Object v : list) {
                canonical(v, out);
                out.append(',');
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }

    PhraseIndex phraseIndex() {
        return phraseIndex;
    }

    /** This book with another's rules added on top; its limits win where it has any. */
    RuleBook overlaidWith(RuleBook other, boolean otherHasLimits) {
        Map<String, Rule> byKey = new LinkedHashMap<>();
        for (Rule r : rules) {
            byKey.put(key(r), r);
        }
        for (Rule r : other.rules) {
            byKey.put(key(r), r);
        }
        List<PackProblem> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems);
        List<String> allPacks = new ArrayList<>(packs);
        allPacks.addAll(other.packs);
        return new RuleBook(new ArrayList<>(byKey.values()), otherHasLimits ? other.limits : limits, allProblems,
                allPacks, phraseIndex);
    }

    private static String key(Rule r) {
        String language = r instanceof PackRule p && p.language() != null ? p.language().id() : "any";
        return language + "/" + r.id();
    }
}
