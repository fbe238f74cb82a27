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
 */
public record CheckSettings(Language messageLanguage, Set<String> disabledRules, Optional<Audience> audience,
                            Set<Dismissal> dismissals) {

    public CheckSettings {
        messageLanguage = messageLanguage == null || messageLanguage == Language.AUTO ? Language.ENGLISH : messageLanguage;
        disabledRules = disabledRules == null ? Set.of() : Set.copyOf(disabledRules);
        audience = audience == null ? Optional.empty() : audience;
        dismissals = dismissals == null ? Set.of() : Set.copyOf(dismissals);
    }

    public static CheckSettings defaults() {
        return new CheckSettings(Language.ENGLISH, Set.of(), Optional.empty(), Set.of());
    }

    public CheckSettings withAudience(Audience a) {
        return new CheckSettings(messageLanguage, disabledRules, Optional.ofNullable(a), dismissals);
    }

    public CheckSettings withDismissals(Set<Dismissal> d) {
        return new CheckSettings(messageLanguage, disabledRules, audience, d);
    }

    public CheckSettings withMessageLanguage(Language l) {
        return new CheckSettings(l, disabledRules, audience, dismissals);
    }

    public CheckSettings withDisabledRules(Set<String> rules) {
        return new CheckSettings(messageLanguage, rules, audience, dismissals);
    }
}
