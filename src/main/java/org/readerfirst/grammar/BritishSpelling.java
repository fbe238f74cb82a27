package org.readerfirst.grammar;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a British spelling from its American twin: the word an American dictionary rejects and the
 * suggestion it offers differ only where the two spellings differ ("apologise" and "apologize",
 * "colour" and "color", "travelled" and "traveled", "centre" and "center", "licence" and "license",
 * "catalogue" and "catalog", "programme" and "program", "judgement" and "judgment").
 */
final class BritishSpelling {

    /** Where British keeps the Greek and Latin "ae" and "oe" that American writes "e". */
    private static final Pattern DIGRAPH_STEMS = Pattern.compile(
            "paed|anaem|anaest|haem|encyclopaed|oestr|foet|manoeuv|oesoph|diarrhoe|leukaem|gynaec|archaeo|palaeo");

    private BritishSpelling() {
    }

    /** "travel|led", "model|ling": one vowel, after a consonant, before the l that British doubles. */
    private static boolean singleVowelBefore(String w, int l) {
        return l >= 2 && VOWELS.indexOf(w.charAt(l - 1)) >= 0 && VOWELS.indexOf(w.charAt(l - 2)) < 0;
    }

    private static final String VOWELS = "aeiouy";

    /** True when {@code word} is the British spelling of {@code american}. */
    static boolean isBritishFor(String word, String american) {
        String w = word.toLowerCase(Locale.ROOT);
        String a = american.toLowerCase(Locale.ROOT);
        if (w.equals(a) || w.length() < 4) {
            return false;
        }
        // -tre: centre, centres, centred, metre, theatre, fibre, meagre
        if (w.matches("[a-z]+[tbgc]re[sd]?")) {
            return a.equals(w.replaceFirst("([tbgc])re(s?)$", "$1er$2").replaceFirst("([tbgc])red$", "$1ered"));
        }
        int prefix = 0;
        while (prefix < w.length() && prefix < a.length() && w.charAt(prefix) == a.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < w.length() - prefix && suffix < a.length() - prefix
                && w.charAt(w.length() - 1 - suffix) == a.charAt(a.length() - 1 - suffix)) {
            suffix++;
        }
        String british = w.substring(prefix, w.length() - suffix);
        String us = a.substring(prefix, a.length() - suffix);
        char before = prefix > 0 ? w.charAt(prefix - 1) : ' ';
        String after = w.substring(w.length() - suffix);
        return switch (british + ">" + us) {
            // -ise, -isation, -yse: apologise, organisation, analyse
            case "s>z" -> (before == 'i' || before == 'y') && !after.isEmpty();
            // -our: colour, behaviour, favourite
            case "u>" -> before == 'o' && after.matches("r(?:s|ed|ing|ite|ites|able|ably|ful|fully|less|er|ers|ism|ist|ists)?");
            // doubled l: travelled, cancelling, modelled, labelled
            case "l>" -> before == 'l' && (after.startsWith("ed") || after.startsWith("ing") || after.startsWith("er"))
                    && (singleVowelBefore(w, prefix - 1) || w.matches("(?:fuel|dial|duel)l.*"));
            // licence, defence, offence, pretence; the verb practise
            case "c>s" -> w.matches("(?:licen|defen|offen|preten)ce.*");
            case "s>c" -> w.startsWith("practis");
            // catalogue, analogue
            case "ue>" -> w.endsWith("ogue") || w.endsWith("ogues");
            // programme
            case "me>" -> w.startsWith("programme");
            // judgement, acknowledgement
            case "e>" -> before == 'g' && after.startsWith("ment");
            // paediatric, anaemia, manoeuvre, oestrogen
            case "a>", "o>" -> after.startsWith("e") && DIGRAPH_STEMS.matcher(w).find();
            case "e>a" -> w.startsWith("grey");
            case "y>i" -> w.startsWith("tyre");
            case "ough>ow", "ugh>w" -> w.startsWith("plough");
            case "que>ck" -> w.startsWith("cheque");
            case "i>" -> w.startsWith("aluminium");
            // enrol, fulfil, instil, skilful, wilful, enrolment
            case ">l" -> w.matches("(?:enrol|fulfil|instil|distil)(?:ment|s)?|(?:skil|wil)ful(?:ly|ness)?");
            default -> false;
        };
    }
}
