package org.readerfirst.ui.panel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.readerfirst.core.model.Language;
import org.readerfirst.grammar.EnglishVariant;
import org.readerfirst.grammar.GrammarOptions;
import org.readerfirst.store.DraftStore;
import org.readerfirst.store.StoreException;
import org.readerfirst.ui.common.Messages;
import org.readerfirst.ui.common.SettingValues;
import org.readerfirst.ui.common.StatusLine;
import org.readerfirst.ui.common.StoreWriter;
import org.readerfirst.ui.editor.EditorViewModel;

/**
 * The writer's grammar and spelling choices, kept as settings for every draft: the personal
 * dictionary, the LanguageTool rules ignored, and American or British English. Like the other
 * choices, each change goes to the editor at once and to the store on the writer thread; a write that
 * fails is taken back and explained.
 */
public final class GrammarChoicesViewModel {

    public static final String DICTIONARY = "grammar.personal-dictionary";
    public static final String IGNORED_RULES = "grammar.ignored-rules";
    public static final String VARIANT = "grammar.english-variant";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<String> WORD_ORDER = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private final EditorViewModel editor;
    private final List<EditorViewModel> besides = new ArrayList<>();
    private final StoreWriter storeWriter;
    private final StatusLine status;
    private final ObservableList<String> words = FXCollections.observableArrayList();
    private final ObservableList<String> ignoredRules = FXCollections.observableArrayList();
    private Set<String> libraryWords = Set.of();
    private final ReadOnlyObjectWrapper<EnglishVariant> variant = new ReadOnlyObjectWrapper<>(EnglishVariant.AUTOMATIC);

    public GrammarChoicesViewModel(EditorViewModel editor, StoreWriter storeWriter, StatusLine status) {
        this.editor = editor;
        this.storeWriter = storeWriter;
        this.status = status;
    }

    /** Reads the choices on the FX thread before the window shows, so the first check already uses them. */
    public void start(DraftStore store) throws StoreException {
        words.setAll(sorted(readList(store, DICTIONARY), WORD_ORDER));
        ignoredRules.setAll(sorted(readList(store, IGNORED_RULES), Comparator.naturalOrder()));
        Optional<String> chosen = store.setting(VARIANT);
        Optional<EnglishVariant> known = chosen.flatMap(GrammarChoicesViewModel::parseVariant);
        if (chosen.isPresent() && known.isEmpty()) {
            status.settingIgnored(VARIANT, chosen.get());
        }
        variant.set(known.orElse(EnglishVariant.AUTOMATIC));
        push();
        storeWriter.readThen(s -> s.words(LIBRARY_MIN_DRAFTS, LIBRARY_MAX_WORDS), words -> {
            libraryWords = Set.copyOf(words);
            push();
        });
    }

    /** A word the library uses in this many drafts is the writer's own: a name, a term of their field. */
    static final int LIBRARY_MIN_DRAFTS = 2;
    private static final int LIBRARY_MAX_WORDS = 50_000;

    /**
     * A damaged list costs the writer that list, or the entries that cannot be words, not the app:
     * what is left out is named, and the list is written anew on the next change.
     */
    private List<String> readList(DraftStore store, String key) throws StoreException {
        Optional<String> json = store.setting(key);
        if (json.isEmpty()) {
            return List.of();
        }
        Optional<SettingValues.Entries> entries = SettingValues.entries(json.get());
        if (entries.isEmpty()) {
            status.settingIgnored(key, json.get());
            return List.of();
        }
        List<String> leftOut = entries.get().leftOut();
        if (!leftOut.isEmpty()) {
            status.settingNotice(Messages.get("status.setting.entries.leftout", leftOut.size(), key, leftOut.get(0)));
        }
        return entries.get().usable();
    }

    public static Optional<EnglishVariant> parseVariant(String value) {
        try {
            return Optional.of(EnglishVariant.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> sorted(List<String> items, Comparator<String> order) {
        TreeSet<String> set = new TreeSet<>(order);
        items.stream().map(String::strip).filter(w -> !w.isEmpty()).forEach(set::add);
        return List.copyOf(set);
    }

    /** "Add to dictionary": the word is never flagged as misspelt again, in any draft. */
    public void addWord(String word) {
        String clean = word == null ? "" : word.strip();
        if (clean.isEmpty() || words.stream().anyMatch(w -> w.equalsIgnoreCase(clean))) {
            return;
        }
        words.setAll(sorted(plus(words, clean), WORD_ORDER));
        changed(DICTIONARY, words, () -> words.remove(clean));
    }

    public void removeWord(String word) {
        int index = words.indexOf(word);
        if (index < 0) {
            return;
        }
        words.remove(index);
        changed(DICTIONARY, words, () -> words.setAll(sorted(plus(words, word), WORD_ORDER)));
    }

    /** "Ignore this rule": the grammar rule stays quiet in every draft. */
    public void ignoreRule(String ruleId) {
        if (ignoredRules.contains(ruleId)) {
            return;
        }
        ignoredRules.setAll(sorted(plus(ignoredRules, ruleId), Comparator.naturalOrder()));
        changed(IGNORED_RULES, ignoredRules, () -> ignoredRules.remove(ruleId));
    }

    public void unignoreRule(String ruleId) {
        if (!ignoredRules.remove(ruleId)) {
            return;
        }
        changed(IGNORED_RULES, ignoredRules,
                () -> ignoredRules.setAll(sorted(plus(ignoredRules, ruleId), Comparator.naturalOrder())));
    }

    public void chooseVariant(EnglishVariant chosen) {
        EnglishVariant before = variant.get();
        if (chosen == null || chosen == before) {
            return;
        }
        variant.set(chosen);
        push();
        write(VARIANT, chosen.name(), () -> variant.set(before));
    }

    private static List<String> plus(List<String> list, String item) {
        List<String> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private void changed(String key, List<String> list, Runnable undo) {
        push();
        String json;
        try {
            json = JSON.writeValueAsString(List.copyOf(list));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of words could not be written as JSON", e);
        }
        write(key, json, undo);
    }

    private void write(String key, String value, Runnable undo) {
        storeWriter.writeSettingOrUndo(key, value, () -> {
            undo.run();
            push();
        }, status::storeFailed);
    }

    private void push() {
        GrammarOptions options = new GrammarOptions(variant.get(), Set.copyOf(words), Set.copyOf(ignoredRules),
                Language.ENGLISH, libraryWords);
        editor.live().setGrammarOptions(options);
        besides.forEach(e -> e.live().setGrammarOptions(options));
    }

    /** A second editor open beside the first follows the same choices until {@link #noLongerFor}. */
    public void alsoFor(EditorViewModel other) {
        besides.add(other);
        push();
    }

    public void noLongerFor(EditorViewModel other) {
        besides.remove(other);
    }

    /** The personal dictionary, sorted as a writer reads a word list. */
    public ObservableList<String> words() {
        return words;
    }

    /** The grammar rules ignored, by the ids their findings carry ({@code lt:HE_VERB_AGR}). */
    public ObservableList<String> ignoredRules() {
        return ignoredRules;
    }

    public ReadOnlyObjectProperty<EnglishVariant> variantProperty() {
        return variant.getReadOnlyProperty();
    }
}
