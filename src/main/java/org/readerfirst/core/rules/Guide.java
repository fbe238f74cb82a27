package org.readerfirst.core.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Severity;

/**
 * The guidance as a reader's page, made from the rule packs themselves: every principle with why it
 * matters, and each of its checks with what it says and the pack's own examples of a text it flags
 * and one it leaves alone. Nothing here is written twice: a pack's change shows on the page.
 */
public final class Guide {

    /**
     * One check of a principle. A language's own rule shows examples in that language (empty when its
     * pack has none in it); a rule of every language shows the ones its pack has.
     */
    public record Check(String ruleId, Severity severity, String says, String flagged, String fine) {
    }

    /** One principle: its category, why it matters, and its checks (none for grammar and spelling's own). */
    public record Section(Category category, String why, List<Check> checks) {
    }

    private Guide() {
    }

    /** Every category in the order of the guidance, in one language. */
    public static List<Section> of(RuleBook book, CategoryTexts texts, Language language) {
        Map<Category, List<Check>> checks = new EnumMap<>(Category.class);
        for (Rule rule : book.rules()) {
            if (rule instanceof PackRule p && (p.language() == null || p.language() == language)) {
                checks.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(check(p.definition(), p.language() == null, language));
            }
        }
        List<Section> sections = new ArrayList<>();
        for (Category c : Category.values()) {
            sections.add(new Section(c, texts.why(c).in(language), List.copyOf(checks.getOrDefault(c, List.of()))));
        }
        return sections;
    }

    /** A rule of every language shows its examples in whichever language the pack wrote them. */
    private static Check check(RuleDefinition d, boolean everyLanguage, Language language) {
        Examples e = d.examples();
        boolean examplesFit = everyLanguage || e == null || e.language() == null
                || Language.fromId(e.language()) == language;
        String flagged = examplesFit && e != null && !e.flagged().isEmpty() ? e.flagged().get(0) : "";
        String fine = examplesFit && e != null && !e.clean().isEmpty() ? e.clean().get(0) : "";
        return new Check(d.id(), d.severityValue(), general(d.message().in(language)), flagged, fine);
    }

    /** A message without the words of one finding: "“{match}” is jargon" becomes "“…” is jargon". */
    static String general(String message) {
        return message.replaceAll("\\{[a-z-]+}", "…");
    }
}
