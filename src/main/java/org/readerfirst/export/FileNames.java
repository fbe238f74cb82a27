package org.readerfirst.export;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names made from draft titles that every common file system takes: letters (also ä, ö, å),
 * digits, hyphens and underscores only, no reserved Windows device name, at most {@value #MAX_STEM}
 * characters before the extension, and different from every name already taken, ignoring case.
 */
public final class FileNames {

    static final int MAX_STEM = 60;

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}_-]+");
    private static final Pattern RESERVED = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])", Pattern.CASE_INSENSITIVE);

    private FileNames() {
    }

    /**
     * @param taken names already used in the folder, lower-cased; the result is added to it
     * @return e.g. {@code what-we-learnt.md}, or {@code what-we-learnt-2.md} if that is taken
     */
    public static String unique(String title, String extension, Set<String> taken) {
        String stem = stem(title);
        String name = stem + extension;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + "-" + n + extension;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    static String stem(String title) {
        String s = UNSAFE.matcher(title.strip()).replaceAll("-").replaceAll("-{2,}", "-");
        s = s.replaceAll("^[-_]+|[-_]+$", "");
        if (s.length() > MAX_STEM) {
            int end = Character.isHighSurrogate(s.charAt(MAX_STEM - 1)) ? MAX_STEM - 1 : MAX_STEM;
            s = s.substring(0, end).replaceAll("[-_]+$", "");
        }
        if (s.isEmpty()) {
            return "draft";
        }
        return RESERVED.matcher(s).matches() ? s + "-draft" : s;
    }
}
