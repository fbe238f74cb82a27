package org.readerfirst.ui.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Finding;
import org.readerfirst.core.model.Publication;
import org.readerfirst.core.model.Severity;
import org.readerfirst.core.rules.Limits;
import org.readerfirst.core.rules.PublishingRhythm;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;

/**
 * The guidance's three questions before a post or an article goes out, each with the draft's own
 * answer: the findings that speak to it, or the publishing log's count. Copy for LinkedIn asks them
 * unless the writer turned them off; the first time, it also gives the guidance's advice about the
 * profile, once.
 */
public final class BeforePostingViewModel {

    /** The setting that turns the questions off ({@code off}); any other value, or none, asks. */
    public static final String ASK = "copy.questions";
    /** Set once the profile advice was given. */
    public static final String PROFILE_ADVICE = "copy.profile-advice";

    /** One question, the draft's answers to it, and whether they say the draft is fine on it. */
    public record Question(String question, List<String> answers, boolean fine) {
    }

    private final StoreWriter storeWriter;
    private final StatusLine status;
    private final Supplier<Limits> limits;
    private boolean ask = true;
    private boolean profileAdviceGiven;

    public BeforePostingViewModel(StoreWriter storeWriter, StatusLine status, Supplier<Limits> limits) {
        this.storeWriter = storeWriter;
        this.status = status;
        this.limits = limits;
    }

    /** Reads the writer's choices before the window shows. */
    public void start(DraftStore store) throws StoreException {
        ask = !store.setting(ASK).map(v -> v.strip().equalsIgnoreCase("off")).orElse(false);
        profileAdviceGiven = store.setting(PROFILE_ADVICE).isPresent();
    }

    /** Whether Copy for LinkedIn asks first, for a draft of this type: posts and articles. */
    public boolean asks(ContentType type) {
        return ask && (type == ContentType.POST || type == ContentType.ARTICLE);
    }

    /** Turns the questions off, or on again, and keeps that in the library. */
    public void setAsking(boolean on) {
        boolean was = ask;
        ask = on;
        storeWriter.writeSettingOrUndo(ASK, on ? "on" : "off", () -> ask = was, status::storeFailed);
    }

    public boolean isAsking() {
        return ask;
    }

    /** The profile advice, the first time only; asking for it marks it given. */
    public Optional<String> profileAdvice() {
        if (profileAdviceGiven) {
            return Optional.empty();
        }
        profileAdviceGiven = true;
        storeWriter.writeSettingOrUndo(PROFILE_ADVICE, "given", () -> profileAdviceGiven = false, status::storeFailed);
        return Optional.of(Messages.get("before.profile"));
    }

    /**
     * The three questions answered for a draft of {@code type} with these findings, against the
     * publishing log as it stands at {@code now}.
     */
    public List<Question> questions(ContentType type, List<Finding> findings, List<Publication> log, Instant now,
                                    ZoneId zone) {
        List<Question> out = new ArrayList<>();
        List<String> value = messages(findings, Category.READER_BENEFIT);
        out.add(new Question(Messages.get("before.value.question"),
                value.isEmpty() ? List.of(Messages.get("before.value.none")) : value, value.isEmpty()));
        List<String> best = messages(findings, Category.PERSONAL_CONTENT, Category.PROFESSIONAL_TONE);
        out.add(new Question(Messages.get("before.best.question"),
                best.isEmpty() ? List.of(Messages.get("before.best.none")) : best, best.isEmpty()));
        out.add(ten(type, log, now, zone));
        return out;
    }

    /** Would I want ten of these a day from someone else: what the log holds today and this week. */
    private Question ten(ContentType type, List<Publication> log, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        int updatesToday = 0;
        int updatesWeek = 0;
        int articlesWeek = 0;
        for (Publication p : log) {
            LocalDate day = p.at().atZone(zone).toLocalDate();
            boolean thisWeek = !day.isAfter(today) && day.isAfter(today.minusDays(7));
            if (p.type() == ContentType.POST) {
                updatesToday += day.equals(today) ? 1 : 0;
                updatesWeek += thisWeek ? 1 : 0;
            } else if (p.type() == ContentType.ARTICLE) {
                articlesWeek += thisWeek ? 1 : 0;
            }
        }
        // Only the limits are asked of it: no need to hand it the whole history.
        PublishingRhythm rhythm = new PublishingRhythm(List.of(), zone, limits.get());
        int perDay = rhythm.updatesPerDay().orElse(2);
        int perWeek = rhythm.articlesPerWeek().orElse(1);
        boolean fine = type == ContentType.ARTICLE ? articlesWeek < perWeek : updatesToday < perDay;
        List<String> answers = List.of(Messages.get("before.ten.count", updatesToday, updatesWeek, articlesWeek),
                Messages.get(fine ? "before.ten.fine" : "before.ten.over", perDay, perWeek));
        return new Question(Messages.get("before.ten.question"), answers, fine);
    }

    /** One answer a rule: "“wife” is private life" says what "“beach” is private life" would say again. */
    private static List<String> messages(List<Finding> findings, Category... categories) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> rules = new java.util.HashSet<>();
        for (Finding f : findings) {
            if (f.severity() != Severity.HINT && List.of(categories).contains(f.category()) && rules.add(f.ruleId())) {
                out.add(f.message());
            }
        }
        return out;
    }
}
