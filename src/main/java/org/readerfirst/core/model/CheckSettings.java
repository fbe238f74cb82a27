package org.readerfirst.core.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readerfirst.core.curation.PublishedText;
import org.readerfirst.core.curation.PublishedTexts;
import org.readerfirst.core.curation.SourceText;

/**
 * How the writer wants a draft checked.
 *
 * @param messageLanguage the language of the app's messages, whatever the draft's
 * @param disabledRules rules switched off
 * @param audience who the draft is for, if the writer said
 * @param dismissals findings the writer dismissed for this draft
 * @param publishing the publishing log and the planned time, for the cadence checks; none without a log
 * @param source a text the draft shares or draws on, for the curation checks; none when the writer gave none
 * @param published the writer's earlier published drafts (not this one), for the near-duplicate check
 */
public record CheckSettings(Language messageLanguage, Set<String> disabledRules, Optional<Audience> audience,
                            Set<Dismissal> dismissals, Optional<PublishingPlan> publishing,
                            Optional<SourceText> source, List<PublishedText> published) {

    public CheckSettings {
        messageLanguage = messageLanguage == null || messageLanguage == Language.AUTO ? Language.ENGLISH : messageLanguage;
        disabledRules = disabledRules == null ? Set.of() : Set.copyOf(disabledRules);
        audience = audience == null ? Optional.empty() : audience;
        dismissals = dismissals == null ? Set.of() : Set.copyOf(dismissals);
        publishing = publishing == null ? Optional.empty() : publishing;
        source = source == null ? Optional.empty() : source;
        // Kept as given when indexed already: the index is built once for a history, not at each check.
        published = PublishedTexts.of(published);
    }

    /** The settings of callers without a source or earlier published drafts. */
    public CheckSettings(Language messageLanguage, Set<String> disabledRules, Optional<Audience> audience,
                         Set<Dismissal> dismissals, Optional<PublishingPlan> publishing) {
        this(messageLanguage, disabledRules, audience, dismissals, publishing, Optional.empty(), List.of());
    }

    /** The settings of older callers, without a publishing log. */
    public CheckSettings(Language messageLanguage, Set<String> disabledRules, Optional<Audience> audience,
                         Set<Dismissal> dismissals) {
        this(messageLanguage, disabledRules, audience, dismissals, Optional.empty());
    }

    public CheckSettings withPublishing(PublishingPlan plan) {
        return new CheckSettings(messageLanguage, disabledRules, audience, dismissals, Optional.ofNullable(plan), source,
                published);
    }

    /** The same settings comparing the draft with {@code s}, or with no source when null. */
    public CheckSettings withSource(SourceText s) {
        return new CheckSettings(messageLanguage, disabledRules, audience, dismissals, publishing, Optional.ofNullable(s),
                published);
    }

    public CheckSettings withPublished(List<PublishedText> earlier) {
        return new CheckSettings(messageLanguage, disabledRules, audience, dismissals, publishing, source, earlier);
    }

    public static CheckSettings defaults() {
        return new CheckSettings(Language.ENGLISH, Set.of(), Optional.empty(), Set.of());
    }

    public CheckSettings withAudience(Audience a) {
        return new CheckSettings(messageLanguage, disabledRules, Optional.ofNullable(a), dismissals, publishing, source,
                published);
    }

    public CheckSettings withDismissals(Set<Dismissal> d) {
        return new CheckSettings(messageLanguage, disabledRules, audience, d, publishing, source, published);
    }

    public CheckSettings withMessageLanguage(Language l) {
        return new CheckSettings(l, disabledRules, audience, dismissals, publishing, source, published);
    }

    public CheckSettings withDisabledRules(Set<String> rules) {
        return new CheckSettings(messageLanguage, rules, audience, dismissals, publishing, source, published);
    }
}
