package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
