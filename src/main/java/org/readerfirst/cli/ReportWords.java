package org.readerfirst.cli;

import java.util.Map;
import org.readerfirst.core.model.Category;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Language;

/**
 * The headings and names of {@code readerfirst report}'s text and page, in English or Finnish; the
 * category and surface names are the window's own.
 */
record ReportWords(Language language, String title, String noHistory, String timesIn, String rhythm, String noRhythm,
                   String month, String total, String daysOver, String weeksOver, String weeksOverMany,
                   String dayColumn, String weekColumn, String rhythmDay, String rhythmWeek, String score,
                   String activity,
                   String activityNote, String busiest, String busiestNote, String busiestDay, String busiestWeek,
                   String categories, String categoriesNote, String stock, String sentOf, String stockPhrases,
                   String openings, String noneRepeated, String updates, String articles, String drafts, String texts,
                   Map<ContentType, String> plural, Map<Category, String> category) {

    static ReportWords of(Language language) {
        return language == Language.FINNISH ? FINNISH : ENGLISH;
    }

    /** "Over the rhythm: at most 2 updates a day, 1 article in seven days." with the limits put in. */
    String rhythm(int perDay, int perWeek) {
        return rhythm.replace("{day}", Integer.toString(perDay)).replace("{week}", Integer.toString(perWeek));
    }

    String daysOver(int limit) {
        return daysOver.replace("{max}", Integer.toString(limit));
    }

    String weeksOver(int limit) {
        return (limit == 1 ? weeksOver : weeksOverMany).replace("{max}", Integer.toString(limit));
    }

    String rhythmDay(int limit) {
        return rhythmDay.replace("{max}", Integer.toString(limit));
    }

    String rhythmWeek(int limit) {
        return rhythmWeek.replace("{max}", Integer.toString(limit));
    }

    String categoriesNote(int checked) {
        return categoriesNote.replace("{n}", Integer.toString(checked));
    }

    private static final ReportWords ENGLISH = new ReportWords(Language.ENGLISH,
            "Your writing",
            "Nothing published yet: the publishing log is empty. Import your LinkedIn data (readerfirst import-linkedin) "
                    + "or mark drafts as published.",
            "months and days in the time zone {zone}",
            "The guidance's rhythm: at most {day} updates a day and {week} article in any seven days.",
            "The limits table sets no publishing rhythm.",
            "month", "total",
            "days with more than {max} updates",
            "seven days with more than {max} article",
            "seven days with more than {max} articles",
            "days over", "weeks over",
            "limit: {max} updates a day", "limit: {max} article in seven days",
            "median score",
            "Published by month",
            "▲ marks a month over the rhythm.",
            "Busiest day and busiest seven days, by month",
            "The dashed lines are the rhythm's limits.",
            "updates on the busiest day",
            "articles in the busiest seven days",
            "Texts with a warning or error, by kind",
            "share of the {n} texts checked",
            "Stock texts (a template-message warning or error)",
            "of",
            "Stock phrases",
            "Openings you used more than once",
            "none",
            "updates", "articles", "drafts", "texts",
            Map.of(ContentType.POST, "posts", ContentType.ARTICLE, "articles", ContentType.COMMENT, "comments",
                    ContentType.MESSAGE, "messages", ContentType.CONNECTION_NOTE, "connection notes"),
            Map.ofEntries(Map.entry(Category.TEMPLATE_MESSAGE, "Stock message"),
                    Map.entry(Category.PERSONALIZATION, "Personal touch"),
                    Map.entry(Category.SELF_PROMOTION, "Self-promotion"),
                    Map.entry(Category.PERSONAL_CONTENT, "Private life"),
                    Map.entry(Category.READER_BENEFIT, "Value for the reader"),
                    Map.entry(Category.CURATION, "Sharing others’ work"),
                    Map.entry(Category.PROFESSIONAL_TONE, "Professional tone"),
                    Map.entry(Category.ENGAGEMENT_BAIT, "Engagement bait"),
                    Map.entry(Category.CLARITY, "Clarity"),
                    Map.entry(Category.HOOK, "Opening"),
                    Map.entry(Category.LENGTH, "Length"),
                    Map.entry(Category.CADENCE, "Posting rhythm"),
                    Map.entry(Category.GROUP_OUTREACH, "Group outreach"),
                    Map.entry(Category.GRAMMAR, "Grammar"),
                    Map.entry(Category.SPELLING, "Spelling")));

    private static final ReportWords FINNISH = new ReportWords(Language.FINNISH,
            "Kirjoittamisesi",
            "Mitään ei ole vielä julkaistu: julkaisuloki on tyhjä. Tuo LinkedIn-tietosi (readerfirst import-linkedin) "
                    + "tai merkitse luonnoksia julkaistuiksi.",
            "kuukaudet ja päivät aikavyöhykkeellä {zone}",
            "Ohjeen julkaisutahti: enintään {day} päivitystä päivässä ja {week} artikkeli seitsemässä päivässä.",
            "Rajataulukossa ei ole julkaisutahtia.",
            "kuukausi", "yhteensä",
            "päivät, joina yli {max} päivitystä",
            "seitsemän päivän jaksot, joissa yli {max} artikkeli",
            "seitsemän päivän jaksot, joissa yli {max} artikkelia",
            "päiviä yli", "viikkoja yli",
            "raja: {max} päivitystä päivässä", "raja: {max} artikkeli seitsemässä päivässä",
            "pisteiden mediaani",
            "Julkaisut kuukausittain",
            "▲ merkitsee kuukautta, jona tahti ylittyi.",
            "Vilkkain päivä ja vilkkaimmat seitsemän päivää kuukausittain",
            "Katkoviivat ovat tahdin rajat.",
            "päivityksiä vilkkaimpana päivänä",
            "artikkeleita vilkkaimpana seitsemänä päivänä",
            "Tekstit, joissa on varoitus tai virhe, lajeittain",
            "osuus {n} tarkistetusta tekstistä",
            "Vakiotekstit (vakioviestin varoitus tai virhe)",
            "/",
            "Vakiofraasit",
            "Aloitukset, joita käytit useammin kuin kerran",
            "ei yhtään",
            "päivitystä", "artikkelia", "luonnokset", "tekstiä",
            Map.of(ContentType.POST, "päivitykset", ContentType.ARTICLE, "artikkelit", ContentType.COMMENT, "kommentit",
                    ContentType.MESSAGE, "viestit", ContentType.CONNECTION_NOTE, "kutsuviestit"),
            Map.ofEntries(Map.entry(Category.TEMPLATE_MESSAGE, "Vakioviesti"),
                    Map.entry(Category.PERSONALIZATION, "Henkilökohtaisuus"),
                    Map.entry(Category.SELF_PROMOTION, "Itsensä kehuminen"),
                    Map.entry(Category.PERSONAL_CONTENT, "Yksityiselämä"),
                    Map.entry(Category.READER_BENEFIT, "Hyöty lukijalle"),
                    Map.entry(Category.CURATION, "Muiden sisällön jakaminen"),
                    Map.entry(Category.PROFESSIONAL_TONE, "Ammatillinen sävy"),
                    Map.entry(Category.ENGAGEMENT_BAIT, "Tykkäysten kalastelu"),
                    Map.entry(Category.CLARITY, "Selkeys"),
                    Map.entry(Category.HOOK, "Aloitus"),
                    Map.entry(Category.LENGTH, "Pituus"),
                    Map.entry(Category.CADENCE, "Julkaisutahti"),
                    Map.entry(Category.GROUP_OUTREACH, "Ryhmäviestintä"),
                    Map.entry(Category.GRAMMAR, "Kielioppi"),
                    Map.entry(Category.SPELLING, "Oikeinkirjoitus")));
}
