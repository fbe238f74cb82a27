package org.readerfirst.core.lang;

import java.util.LinkedHashSet;
import java.util.Set;

/** Folds the few English inflections that matter for phrase rules: plurals, possessives, -ed, -ing. */
public final class EnglishStemmer implements Lemmatizer {

    @Override
    public Set<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        String w = word;
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
            forms.add(w);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            forms.add(w.substring(0, w.length() - 3) + "y");
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            forms.add(w.substring(0, w.length() - 1));
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            forms.add(w.substring(0, w.length() - 3));
            forms.add(w.substring(0, w.length() - 3) + "e");
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            forms.add(w.substring(0, w.length() - 2));
            forms.add(w.substring(0, w.length() - 1));
        }
        return forms;
    }
}
