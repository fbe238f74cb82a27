package org.readerfirst.core.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Publication;

/**
 * The publishing log against the guidance's rhythm from the limits table: updates (posts) per
 * calendar day ({@code per-day} of {@code post}) and articles in any seven days ({@code per-week} of
 * {@code article}). Counts the log by week and finds the next free slot for one more of each, with
 * the same windows as the cadence checks.
 */
public final class PublishingRhythm {

    private static final Duration WEEK = Duration.ofDays(7);
    /** Far enough ahead for any log a writer keeps; past it the log is not a rhythm but a mistake. */
    private static final int MAX_STEPS = 10_000;

    /** One week, Monday first: how many updates and articles went out, and whether it broke the limits. */
    public record Week(LocalDate monday, int updates, int articles, boolean updatesOver, boolean articlesOver) {
    }

    /**
     * Publications that went over a limit together: the updates of one calendar day, or the articles of
     * the seven days that end at the last of them.
     *
     * @param day the calendar day, or the day of the article that made seven days hold one too many
     * @param limit the allowance they went over
     */
    public record Crowded(LocalDate day, List<Publication> publications, int limit) {
        public Crowded {
            publications = List.copyOf(publications);
        }
    }

    private final List<Publication> log;
    private final ZoneId zone;
    private final OptionalInt updatesPerDay;
    private final OptionalInt articlesPerWeek;

    public PublishingRhythm(List<Publication> log, ZoneId zone, Limits limits) {
        this.log = List.copyOf(log);
        this.zone = Objects.requireNonNull(zone, "zone");
        this.updatesPerDay = positive(limits.get(ContentType.POST, "per-day"));
        this.articlesPerWeek = positive(limits.get(ContentType.ARTICLE, "per-week"));
    }

    /** A limit of 0 would leave no free slot ever: it is read as no limit. */
    private static OptionalInt positive(OptionalInt limit) {
        return limit.isPresent() && limit.getAsInt() > 0 ? limit : OptionalInt.empty();
    }

    /** Updates allowed in one calendar day; empty when the limits table sets none. */
    public OptionalInt updatesPerDay() {
        return updatesPerDay;
    }

    /** Articles allowed in any seven days; empty when the limits table sets none. */
    public OptionalInt articlesPerWeek() {
        return articlesPerWeek;
    }

    /** The {@code count} weeks up to and including the one of {@code now}, oldest first. */
    public List<Week> lastWeeks(Instant now, int count) {
        LocalDate thisMonday = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Week> weeks = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            LocalDate monday = thisMonday.minusWeeks(i);
            List<Publication> in = log.stream().filter(p -> inWeek(p.at(), monday)).toList();
            weeks.add(new Week(monday, count(in, ContentType.POST), count(in, ContentType.ARTICLE),
                    in.stream().anyMatch(p -> p.type() == ContentType.POST && dayOver(p.at())),
                    in.stream().anyMatch(p -> p.type() == ContentType.ARTICLE && weekOver(p.at()))));
        }
        return weeks;
    }

    /**
     * Every calendar day with more updates than the daily limit, oldest first, each with its updates;
     * none when the table sets no limit.
     */
    public List<Crowded> crowdedDays() {
        if (updatesPerDay.isEmpty()) {
            return List.of();
        }
        TreeMap<LocalDate, List<Publication>> byDay = new TreeMap<>();
        for (Publication p : log) {
            if (p.type() == ContentType.POST) {
                byDay.computeIfAbsent(LocalDate.ofInstant(p.at(), zone), d -> new ArrayList<>()).add(p);
            }
        }
        List<Crowded> out = new ArrayList<>();
        byDay.forEach((day, updates) -> {
            if (updates.size() > updatesPerDay.getAsInt()) {
                out.add(new Crowded(day, sortedByTime(updates), updatesPerDay.getAsInt()));
            }
        });
        return out;
    }

    /**
     * Every article that made seven days hold more articles than the weekly limit, as the cadence check
     * would have warned of it, oldest first: the seven days that end at it, with their articles; none
     * when the table sets no limit.
     */
    public List<Crowded> crowdedWeeks() {
        if (articlesPerWeek.isEmpty()) {
            return List.of();
        }
        List<Publication> articles = sortedByTime(log.stream().filter(p -> p.type() == ContentType.ARTICLE).toList());
        List<Crowded> out = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < articles.size(); i++) {
            Instant at = articles.get(i).at();
            while (!articles.get(first).at().isAfter(at.minus(WEEK))) {
                first++;
            }
            // Articles of the very same moment share their seven days: told once, at the last of them.
            boolean sameMomentNext = i + 1 < articles.size() && articles.get(i + 1).at().equals(at);
            if (!sameMomentNext && i + 1 - first > articlesPerWeek.getAsInt()) {
                out.add(new Crowded(LocalDate.ofInstant(at, zone), articles.subList(first, i + 1),
                        articlesPerWeek.getAsInt()));
            }
        }
        return out;
    }

    private static List<Publication> sortedByTime(List<Publication> publications) {
        List<Publication> sorted = new ArrayList<>(publications);
        sorted.sort(Comparator.comparing(Publication::at));
        return sorted;
    }

    /** A proposed slot falls in these working hours of the writer's day: from nine, before five. */
    static final LocalTime WORK_STARTS = LocalTime.of(9, 0);
    static final LocalTime WORK_ENDS = LocalTime.of(17, 0);

    /** When to propose the next update: the first free moment in working hours ({@code now} if free now). */
    public Instant proposedUpdate(Instant now) {
        return proposed(now, this::nextFreeUpdate);
    }

    /** When to propose the next article: the first free moment in working hours ({@code now} if free now). */
    public Instant proposedArticle(Instant now) {
        return proposed(now, this::nextFreeArticle);
    }

    /** A free moment after {@code now} at midnight is no proposal: it moves to the working day, and is checked again. */
    private Instant proposed(Instant now, UnaryOperator<Instant> nextFree) {
        Instant t = nextFree.apply(now);
        for (int step = 0; step < MAX_STEPS && t.isAfter(now); step++) {
            ZonedDateTime local = t.atZone(zone);
            Instant working = local.toLocalTime().isBefore(WORK_STARTS) ? local.with(WORK_STARTS).toInstant()
                    : !local.toLocalTime().isBefore(WORK_ENDS)
                    ? local.toLocalDate().plusDays(1).atTime(WORK_STARTS).atZone(zone).toInstant() : t;
            Instant free = nextFree.apply(working);
            if (free.equals(working)) {
                return working;
            }
            t = free;
        }
        return t;
    }

    /** The earliest moment from {@code now} at which one more update stays within the daily limit. */
    public Instant nextFreeUpdate(Instant now) {
        if (updatesPerDay.isEmpty()) {
            return now;
        }
        Instant t = now;
        for (int step = 0; step < MAX_STEPS && updatesOn(LocalDate.ofInstant(t, zone)) >= updatesPerDay.getAsInt(); step++) {
            t = LocalDate.ofInstant(t, zone).plusDays(1).atStartOfDay(zone).toInstant();
        }
        return t;
    }

    /**
     * The earliest moment from {@code now} at which one more article stays within the seven-day limit,
     * in the seven days before it and in every seven days after it that would take it in.
     */
    public Instant nextFreeArticle(Instant now) {
        if (articlesPerWeek.isEmpty()) {
            return now;
        }
        List<Instant> articles = log.stream().filter(p -> p.type() == ContentType.ARTICLE).map(Publication::at)
                .sorted().toList();
        Instant t = now;
        for (int step = 0; step < MAX_STEPS; step++) {
            Instant oldest = oldestOfFullWindow(articles, t, articlesPerWeek.getAsInt());
            if (oldest == null) {
                return t;
            }
            // Until the oldest of a full window is seven days past, every moment shares that window.
            t = oldest.plus(WEEK);
        }
        return t;
    }

    /**
     * The oldest article of some seven days that take in {@code t} and already hold {@code max}
     * articles; null when every such seven days have room. Seven days end at t or at a later article.
     */
    private static Instant oldestOfFullWindow(List<Instant> articles, Instant t, int max) {
        List<Instant> ends = new ArrayList<>();
        ends.add(t);
        articles.stream().filter(a -> a.isAfter(t) && a.isBefore(t.plus(WEEK))).forEach(ends::add);
        for (Instant end : ends) {
            List<Instant> in = articles.stream().filter(a -> !a.isAfter(end) && a.isAfter(end.minus(WEEK))).toList();
            if (in.size() >= max) {
                return in.get(0);
            }
        }
        return null;
    }

    private boolean inWeek(Instant at, LocalDate monday) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        return !day.isBefore(monday) && day.isBefore(monday.plusWeeks(1));
    }

    private static int count(List<Publication> in, ContentType type) {
        return (int) in.stream().filter(p -> p.type() == type).count();
    }

    private int updatesOn(LocalDate day) {
        return (int) log.stream()
                .filter(p -> p.type() == ContentType.POST && LocalDate.ofInstant(p.at(), zone).equals(day)).count();
    }

    private boolean dayOver(Instant at) {
        return updatesPerDay.isPresent() && updatesOn(LocalDate.ofInstant(at, zone)) > updatesPerDay.getAsInt();
    }

    /** Whether the seven days ending at this article held more articles than allowed. */
    private boolean weekOver(Instant at) {
        long inWindow = log.stream().filter(p -> p.type() == ContentType.ARTICLE)
                .filter(p -> !p.at().isAfter(at) && p.at().isAfter(at.minus(WEEK))).count();
        return articlesPerWeek.isPresent() && inWindow > articlesPerWeek.getAsInt();
    }
}
