package org.helplinelogbook.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A house number followed by a street name and a street type ("Flat 3, 45 Leith Walk"). */
final class StreetAddressDetector implements Detector {

    private static final String TYPES = "(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|crescent|cres|place|pl"
            + "|terrace|terr|gardens|gdns|court|ct|walk|way|close|grove|wynd|brae|row|square|sq|park|hill|mews"
            + "|view|loan|loaning|vennel|parade|circus|green|rise|gate|wharf|quay|boulevard|bank|path|neuk)";

    private static final Pattern ADDRESS = Pattern.compile("(?i)(?<![\\w/£$€.,-])"
            + "(?:(?:flat|apartment|apt|unit)\\s*\\d{1,4}(?:/\\d{1,3})?[a-z]?\\s*,?\\s*)?"
            + "\\d{1,4}[a-z]?(?:\\s?[-/]\\s?\\d{1,4}[a-z]?)?,?\\s+"
            + "(?<name>(?:[a-z][a-z'’-]*\\s+){1,3})" + "(?<type>" + TYPES + ")\\b");

    /** Words that show "3 hours walking the street" is prose, not an address. */
    private static final Set<String> PROSE_WORDS = Words.of(
            "the", "a", "an", "in", "on", "at", "of", "for", "to", "and", "or", "with", "his", "her", "their",
            "my", "our", "your", "its", "by", "from", "into", "hours", "hour", "minutes", "mins", "times", "days",
            "weeks", "months", "years", "images", "pictures", "videos", "calls", "people", "children", "kids",
            "sessions", "miles", "more", "other", "different", "separate");

    /** "2 Sheriff Court dates" names a court, not a home. */
    private static final Set<String> COURT_WORDS = Words.of(
            "sheriff", "crown", "high", "magistrates", "magistrates'", "youth", "family", "county", "supreme",
            "appeal", "district", "justice", "children's", "session");

    /** Public places named like streets that workers mention without meaning anyone's home. */
    private static final Set<String> NOT_STREETS = Words.of("Downing Street", "Holyrood Park", "Hampden Park",
            "Celtic Park", "Ibrox Park", "Strathclyde Park", "Hyde Park", "Princes Street", "Sauchiehall Street",
            "Buchanan Street", "Union Street", "Oxford Street", "Regent Street", "Wall Street", "Carlton Court",
            "Sheriff Court", "Crown Court", "High Court", "Youth Court", "Family Court", "Central Park", "Easter Road",
            "Tynecastle Park", "Pittodrie Stadium", "Murrayfield Stadium", "Water of Leith");

    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(?:lives?|living|address|moved|staying|stays|flat|house|home)\\b");

    /** "lives at 14 Canongate": an address cue, a house number and a capitalised name without a street type. */
    private static final Pattern CUED_NUMBER_NAME = Pattern.compile(
            "(?i:\\b(?:lives?|living|staying|stays|moved|address(?:\\s+is)?|house\\s+is|flat\\s+is))\\s+(?i:at|in|on|to|into)?\\s*"
                    + "(?<addr>(?:(?i:flat)\\s*\\d{1,4}[a-z]?,?\\s*)?\\d{1,4}[a-z]?,?\\s+\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})");

    /** "lives on Mill Lane in Kinross": a named street without a number narrows things down: a possible hit. */
    private static final Pattern NAMED_STREET = Pattern.compile(
            "\\b(?i:on|in|at|off|near|along|down|up|from|of|round|behind)\\s+(?:the\\s+)?"
                    + "(?<street>(?:\\p{Lu}[\\p{L}'-]+\\s+){1,3}" + "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Crescent|Place|Terrace|Gardens"
                    + "|Court|Walk|Way|Close|Grove|Wynd|Brae|Row|Square|Mews|Loan|Loaning|Vennel|Parade|Circus|Rise|Wharf|Quay"
                    + "|Boulevard|Path|Neuk|View|Green|Park))\\b");

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        Matcher cued = CUED_NUMBER_NAME.matcher(text);
        while (cued.find()) {
            out.add(new IdentifierHit(IdentifierKind.STREET_ADDRESS, cued.start("addr"), cued.end("addr"), Confidence.HIGH));
        }
        Matcher named = NAMED_STREET.matcher(text);
        while (named.find()) {
            String[] words = named.group("street").trim().split("\\s+");
            if (!isProse(words) && !isCourt(words, words[words.length - 1]) && !NOT_STREETS.contains(named.group("street"))) {
                out.add(new IdentifierHit(IdentifierKind.STREET_ADDRESS, named.start("street"), named.end("street"), Confidence.LOW));
            }
        }
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            String[] words = m.group("name").trim().split("\\s+");
            if (isProse(words) || isCourt(words, m.group("type"))) {
                continue;
            }
            // Capitalised names read as a proper noun; lower case needs an address cue to be believed.
            if (allCapitalised(words) || Context.before(text, m.start(), 30, CUE)) {
                out.add(new IdentifierHit(IdentifierKind.STREET_ADDRESS, m.start(), m.end(), Confidence.HIGH));
            }
        }
    }

    private static boolean isProse(String[] words) {
        for (String w : words) {
            if (PROSE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCourt(String[] words, String type) {
        if (!type.equalsIgnoreCase("court") && !type.equalsIgnoreCase("ct")) {
            return false;
        }
        for (String w : words) {
            if (COURT_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCapitalised(String[] words) {
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
