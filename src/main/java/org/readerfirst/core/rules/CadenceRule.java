package org.readerfirst.core.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readerfirst.core.metrics.Span;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.Publication;
import org.readerfirst.core.model.PublishingPlan;

/**
 * How often the writer publishes, from the publishing log: this draft, published when planned,
 * would be one too many in its calendar day or in the seven days before it. Silent without a log, and
 * for a draft the log holds already: it went out, and counts as that entry, not as one more.
 */
final class CadenceRule extends PackRule {

    private static final Duration WEEK = Duration.ofDays(7);

    private final List<ContentType> counted;
    private final boolean daily;

    CadenceRule(RuleDefinition definition, Language language, CategoryTexts texts) {
        super(definition, language, texts);
        this.counted = definition.counts().stream().map(ContentType::fromId).toList();
        this.daily = "day".equals(definition.window());
    }

    @Override
    public List<Finding> check(AnalyzedText text, CheckContext context) {
        if (context.publishing().isEmpty() || text.tokens().isEmpty()) {
            return List.of();
        }
        PublishingPlan plan = context.publishing().get();
        if (plan.alreadyPublished()) {
            return List.of();
        }
        // The limits table is the one place for the allowance; a pack's own max serves where it is silent.
        int max = context.limits().get(context.type(), daily ? "per-day" : "per-week")
                .orElse(definition.maxFor(context.type()));
        List<Instant> before = inWindow(plan.log(), plan.plannedAt(), plan.zone());
        int count = before.size() + 1;
        if (count <= max) {
            return List.of();
        }
        Instant next = nextFree(before, plan.plannedAt(), plan.zone(), max);
        List<Span> sentences = text.sentences();
        Span where = sentences.isEmpty() ? new Span(0, text.text().length()) : sentences.get(0);
        return List.of(finding(where.start(), where.end(), Map.of("count", count,
                "max", max, "next", LocalDate.ofInstant(next, plan.zone()).toString()),
                List.of(), context));
    }

    /**
     * The counted publications in the planned time's window, oldest first. A draft logged twice in the
     * window (marked as published again) is one update: its first entry counts. Entries whose draft
     * was deleted (id 0) are each their own.
     */
    private List<Instant> inWindow(List<Publication> log, Instant planned, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(planned, zone);
        Map<Long, Instant> firstOfDraft = new HashMap<>();
        List<Instant> out = new ArrayList<>();
        log.stream()
                .filter(p -> counted.contains(p.type()))
                .filter(p -> daily ? LocalDate.ofInstant(p.at(), zone).equals(day)
                        : !p.at().isAfter(planned) && p.at().isAfter(planned.minus(WEEK)))
                .forEach(p -> {
                    if (p.draftId() > 0) {
                        firstOfDraft.merge(p.draftId(), p.at(), (a, b) -> a.isBefore(b) ? a : b);
                    } else {
                        out.add(p.at());
                    }
                });
        out.addAll(firstOfDraft.values());
        out.sort(null);
        return out;
    }

    /** The first moment from which one more would stay within the allowance. */
    private Instant nextFree(List<Instant> before, Instant planned, ZoneId zone, int max) {
        if (daily) {
            return LocalDate.ofInstant(planned, zone).plusDays(1).atStartOfDay(zone).toInstant();
        }
        // The window must lose enough of its oldest entries to leave room for one more.
        Instant dropsOut = before.get(before.size() - max);
        return dropsOut.plus(WEEK).plusSeconds(1);
    }
}
