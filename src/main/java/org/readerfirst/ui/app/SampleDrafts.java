package org.readerfirst.ui.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

/**
 * The drafts a new library starts with: a few that show each kind of finding, and one that shows what
 * good looks like, in the window's language. They carry the tag {@value #TAG}, by which one click
 * removes them.
 */
final class SampleDrafts {

    static final String TAG = "sample";
    static final String RESOURCE = "/assets/samples/samples.yaml";

    /** One sample: its text and the categories of finding it shows. */
    record Sample(String language, String title, String type, List<String> shows, String text) {

        ContentType contentType() {
            return ContentType.fromId(type);
        }
    }

    private SampleDrafts() {
    }

    /** Every sample, in both languages. */
    static List<Sample> all() {
        try (InputStream in = SampleDrafts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample drafts are missing from the application");
            }
            return new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<Sample>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The samples for a window that speaks this language. */
    static List<Sample> in(Language language) {
        return all().stream().filter(s -> Language.fromId(s.language()) == language).toList();
    }
}
