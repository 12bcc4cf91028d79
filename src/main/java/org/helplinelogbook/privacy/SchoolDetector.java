package org.helplinelogbook.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Schools, nurseries, colleges, clubs, churches and youth groups by name: "Trinity Academy", "Our Lady's High
 * School", "3rd Dunfermline Brownies", "Tynecastle Boys Club". A child's first name plus a school is the most
 * identifying thing a note can hold. The name must have a proper part: "the primary school" or "a youth club" is
 * not a hit.
 */
final class SchoolDetector implements Detector {

    private static final String TYPES = "(?:Primary(?:\\s+School)?|High\\s+School|High|Academy|Grammar(?:\\s+School)?"
            + "|Secondary(?:\\s+School)?|School|Nursery(?:\\s+School)?|College|Kindergarten|Playgroup|Early\\s+Years(?:\\s+Centre)?"
            + "|Family\\s+Centre|Education\\s+Centre|Learning\\s+Centre|Athletic|Boys'?\\s+Club|Girls'?\\s+Club|Football\\s+Club|Rugby\\s+Club|Youth\\s+Club|Boxing\\s+Club"
            + "|Swimming\\s+Club|Athletic(?:s)?\\s+Club|Cricket\\s+Club|Golf\\s+Club|Judo\\s+Club|Karate\\s+Club|Club|F\\.?C\\.?"
            + "|A\\.?F\\.?C\\.?|Amateurs|Thistle|Colts|Juniors|Church|Parish(?:\\s+Church)?|Chapel|Kirk|Cathedral|Mosque|Gurdwara|Mandir"
            + "|Temple|Synagogue|Scouts|Scout\\s+Group|Explorers|Cubs|Beavers|Brownies|Guides|Rainbows|Boys'?\\s+Brigade"
            + "|Girls'?\\s+Brigade|Youth\\s+Group|Youth\\s+Project|Youth\\s+Theatre|Cadets|Army\\s+Cadets|Sea\\s+Cadets|Air\\s+Cadets"
            + "|Dance\\s+School|Stage\\s+School|Drama\\s+Group|Choir|Sunday\\s+School|Madrassa|Madrasah|Community\\s+Centre"
            + "|After\\s+School\\s+Club|Breakfast\\s+Club|Childcare|Nursery\\s+Class|Campus|University|Uni)";

    private static final String PROPER = "(?:\\d{1,2}(?:st|nd|rd|th)\\s+)?(?:(?:St\\.?|Saint|Our|Holy|Sacred)\\s+)?"
            + "(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}";

    private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}])" + PROPER + TYPES + "\\b");

    /** Lower case only after a cue ("goes to gylemuir primary"). */
    private static final Pattern LOWER = Pattern.compile("(?i)\\b(?:at|attends|attend|attending|goes\\s+to|go\\s+to|went\\s+to"
            + "|pupil\\s+at|pupils\\s+at|from|joined|member\\s+of|helps\\s+(?:out\\s+)?(?:at|with)|runs|coaches|plays\\s+for"
            + "|volunteers\\s+(?:at|with)|teaches\\s+at|starts|started|moved\\s+to|enrolled\\s+at|in|around|near|outside"
            + "|with|for|round|about)\\s+"
            + "(?<name>(?:\\d{1,2}(?:st|nd|rd|th)\\s+)?(?:(?!(?:on|the|in|at|a|an|and|with|of|to|for|is|was|his|her|their|my|by|from|near|but|or)\\b)[\\p{L}'’.-]+\\s+){1,3}?"
            + TYPES.replace("(?:", "(?i:") + ")\\b");

    /** Words that make a school phrase generic rather than a name. */
    private static final Set<String> GENERIC = Words.of("the", "a", "an", "his", "her", "their", "my", "our", "your",
            "local", "primary", "secondary", "high", "special", "new", "old", "same", "different", "private",
            "catholic", "boarding", "sunday", "summer", "after", "breakfast", "youth", "football", "dance", "drama",
            "community", "another", "other", "that", "this", "night", "his/her", "its", "nearby", "village", "big",
            "small", "residential", "independent", "state", "denominational", "non-denominational", "mainstream",
            "support", "grammar", "infant", "junior", "senior", "year", "first", "last", "next", "each", "every",
            "some", "any", "no", "one", "two", "boys", "girls", "boys'", "girls'", "mixed", "online", "open",
            "university", "college", "school", "nursery", "club", "church", "to", "at", "in", "of", "and", "for",
            "going", "back", "from", "attends", "goes", "helps", "out", "runs", "with", "local", "she", "he", "they",
            "it", "is", "was", "now", "still", "also", "which", "where", "when", "until", "because", "since", "i",
            "we", "under-10s", "under-12s", "under-14s", "under-16s", "kids", "children's", "scottish", "english",
            "parish", "evening", "morning", "weekend", "saturday", "adult", "after-school", "police", "army",
            "sea", "air", "rugby", "swimming", "boxing", "golf", "cricket", "judo", "karate", "athletics",
            "athletic", "stage", "family", "early", "years", "nursery's", "college's", "fc", "fifth", "sixth",
            "same-sex", "secondary's", "home", "church's", "young", "people's", "people", "mosque", "his/", "mum's",
            "dad's", "son's", "daughter's", "training", "teacher", "works", "worked", "working", "dropped", "left");

    /** Phrases naming services and bodies, not somewhere a caller can be found. */
    private static final Set<String> NOT_SCHOOLS = Words.of("open university", "police college", "police scotland college",
            "scottish police college", "royal college", "church of scotland", "catholic church", "free church",
            "the church", "stop it now", "social work", "university hospital", "queen elizabeth university",
            "celtic football club", "rangers football club", "hearts football club", "hibernian football club",
            "celtic fc", "rangers fc", "hearts fc", "hibs fc", "aberdeen fc", "dundee fc", "motherwell fc",
            "kilmarnock fc", "st mirren", "st johnstone", "ross county", "partick thistle", "dundee united");

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            int start = trimLeadingGeneric(text, m.start(), m.end());
            if (start >= 0 && !isNotSchool(text.substring(start, m.end()))) {
                out.add(new IdentifierHit(IdentifierKind.SCHOOL, start, m.end(), Confidence.HIGH));
            }
        }
        Matcher l = LOWER.matcher(text);
        while (l.find()) {
            int start = trimLeadingGeneric(text, l.start("name"), l.end("name"));
            if (start >= 0 && !isNotSchool(text.substring(start, l.end("name")))) {
                out.add(new IdentifierHit(IdentifierKind.SCHOOL, start, l.end("name"), Confidence.HIGH));
            }
        }
    }

    /** Skips generic leading words ("The", "His"); -1 when nothing proper is left before the type word. */
    private static int trimLeadingGeneric(String text, int start, int end) {
        String span = text.substring(start, end);
        String[] words = span.split("\\s+");
        int offset = start;
        int properWords = 0;
        boolean leading = true;
        int newStart = start;
        for (int k = 0; k < words.length - 1; k++) {
            String w = words[k].toLowerCase(Locale.ROOT).replace("’", "'");
            boolean ourLady = w.equals("our") && words[k + 1].toLowerCase(Locale.ROOT).startsWith("lady");
            if (leading && GENERIC.contains(w) && !ourLady) {
                newStart = text.indexOf(words[k + 1], offset + words[k].length());
            } else {
                leading = false;
                if (!GENERIC.contains(w)) {
                    properWords++;
                }
            }
            offset = text.indexOf(words[k + 1], offset + words[k].length());
        }
        return properWords > 0 ? newStart : -1;
    }

    private static boolean isNotSchool(String span) {
        String lower = span.toLowerCase(Locale.ROOT);
        return NOT_SCHOOLS.stream().anyMatch(lower::contains);
    }
}
