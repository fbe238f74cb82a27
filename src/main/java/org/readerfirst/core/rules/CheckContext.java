package org.readerfirst.core.rules;

import java.util.List;
import java.util.Optional;
import org.readerfirst.core.curation.PublishedText;
import org.readerfirst.core.curation.PublishedTexts;
import org.readerfirst.core.curation.SourceText;
import org.readerfirst.core.model.Audience;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;
import org.readerfirst.core.model.PublishingPlan;

/**
 * What a rule needs to know besides the text.
 *
 * @param messageLanguage the language the writer reads the app in, which may differ from the draft's
 * @param audience who the draft is for, if the writer said
 * @param publishing the publishing log and planned time, where the caller has them
 * @param source the text the draft shares or draws on, where the writer gave one
 * @param published the writer's earlier published drafts
 */
public record CheckContext(ContentType type, Language language, Language messageLanguage, Limits limits,
                           Optional<Audience> audience, Optional<PublishingPlan> publishing,
                           Optional<SourceText> source, List<PublishedText> published) {

    public CheckContext {
        source = source == null ? Optional.empty() : source;
        published = PublishedTexts.of(published);
    }

    public CheckContext(ContentType type, Language language, Language messageLanguage, Limits limits,
                        Optional<Audience> audience, Optional<PublishingPlan> publishing) {
        this(type, language, messageLanguage, limits, audience, publishing, Optional.empty(), List.of());
    }
}
