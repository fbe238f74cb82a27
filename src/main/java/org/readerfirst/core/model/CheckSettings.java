package org.readerfirst.core.model;

import java.util.Optional;
import java.util.Set;

/**
 * How the writer wants a draft checked.
 *
 * @param messageLanguage the language of the app's messages, whatever the draft's
 * @param disabledRules rules switched off
 * @param audience who the draft is for, if the writer said
 * @param dismissals findings the writer dismissed for this draft
 * @param publishing the publishing log and the planned time, for the cadence checks; none without a log
 */
public record CheckSettings(Language messageLanguage, Set<String> disabledRules, Optional<Audience> audience,
                            Set<Dismissal> dismissals, Optional<PublishingPlan> publishing) {

    public CheckSettings {
        messageLanguage = messageLanguage == null || messageLanguage == Language.AUTO ? Language.ENGLISH : messageLanguage;
        disabledRules = disabledRules == null ? Set.of() : Set.copyOf(disabledRules);
        audience = audience == null ? Optional.empty() : audience;
        dismissals = dismissals == null ? Set.of() : Set.copyOf(dismissals);
        publishing = publishing == null ? Optional.empty() : publishing;
    }

    /** The settings of older callers, without a publishing log. */
    public CheckSettings(Language messageLanguage, Set<String> disabledRules, Optional<Audience> audience,
                         Set<Dismissal> dismissals) {
        this(messageLanguage, disabledRules, audience, dismissals, Optional.empty());
    }

    public CheckSettings withPublishing(PublishingPlan plan) {
        return new CheckSettings(messageLanguage, disabledRules, audience, dismissals, Optional.ofNullable(plan));
    }

    public static CheckSettings defaults() {
        return new CheckSettings(Language.ENGLISH, Set.of(), Optional.empty(), Set.of());
    }

    public CheckSettings withAudience(Audience a) {
        return new CheckSettings(messageLanguage, disabledRules, Optional.ofNullable(a), dismissals, publishing);
    }

    public CheckSettings withDismissals(Set<Dismissal> d) {
        return new CheckSettings(messageLanguage, disabledRules, audience, d, publishing);
    }

    public CheckSettings withMessageLanguage(Language l) {
        return new CheckSettings(l, disabledRules, audience, dismissals, publishing);
    }

    public CheckSettings withDisabledRules(Set<String> rules) {
        return new CheckSettings(messageLanguage, rules, audience, dismissals, publishing);
    }
}
