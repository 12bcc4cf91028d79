package org.helplinelogbook.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named workplaces: "works at Tesco", "is a caretaker at Leith Academy", "stacks shelves at the Asda in Leith",
 * "serves at the Crown in Portobello", "employed by Lothian Buses". A named employer plus a job narrows a caller
 * down to a handful of people. Sectors ("works in retail") and towns ("works in Glasgow") are not hits.
 */
final class WorkplaceDetector implements Detector {

    private static final String JOB_CUE = "(?:works?|working|worked|nights|days|shifts|overtime|employed|employee|job|jobs|shifts?|volunteers?|volunteering"
            + "|stacks\\s+shelves|serves|serving|bar\\s*(?:man|woman|maid|staff)|manager|supervisor|caretaker|cleaner|janitor"
            + "|chef|cook|porter|driver|nurse|teacher|assistant|apprentice|apprenticeship|placement|labourer|security|guard"
            + "|mechanic|receptionist|waiter|waitress|barista|cashier|warehouse|packer|picker|delivers|delivering|drives"
            + "|employer|boss|staff|member\\s+of\\s+staff|trainee|joiner|electrician|plumber|officer|technician|engineer"
            + "|coach|youth\\s+worker|worker|carer|volunteer|steward|lifeguard|instructor|doorman|bouncer)";

    private static final Pattern CUED = Pattern.compile("(?i:\\b" + JOB_CUE + ")\\s+(?i:at|for|in|with|by)\\s+"
            + "(?:(?i:the|a)\\s+)?(?<name>\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:(?:of|and|&|de|la)\\s+)?\\p{Lu}[\\p{L}'’&-]*)*"
            + "(?:\\s+(?:in|on|at)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)?)");

    /** Chains named in lower case too, after a job cue ("works at asda in leith"). */
    private static final Pattern KNOWN = Pattern.compile("(?i)\\b" + JOB_CUE + "\\s+(?:at|for|in|with|by|from)\\s+(?:the\\s+|a\\s+)?"
            + "(?<name>(?:asda|tesco(?:\\s+extra|\\s+express|\\s+metro)?|sainsbury'?s|lidl|aldi|morrisons|co-?op|greggs|mcdonald'?s"
            + "|burger\\s+king|kfc|subway|costa|starbucks|nando'?s|b&q|primark|boots|amazon|royal\\s+mail|scotrail|first\\s+bus"
            + "|lothian\\s+buses|stagecoach|argos|currys|next|h&m|tk\\s*maxx|b&m|home\\s+bargains|poundland|iceland|m&s"
            + "|marks\\s+(?:and|&)\\s+spencer|john\\s+lewis|ikea|screwfix|toolstation|wickes|halfords|deliveroo|uber(?:\\s+eats)?"
            + "|just\\s+eat|dpd|evri|hermes|dhl|fedex|ups|tesco's|wetherspoons?|spoons|premier\\s+inn|travelodge|pizza\\s+hut"
            + "|domino'?s|sports\\s+direct|jd\\s+sports|matalan|farmfoods|spar|scotmid|one\\s+stop|morrison'?s)"
            + "(?:\\s+(?:in|on|at)\\s+(?!(?:the|a|an|as|and|for|night|nights|weekends?|days|christmas)\\b)[\\p{L}'’-]+)?)\\b");

    /** Words that are sectors, places or shifts rather than employers. */
    private static final Set<String> NOT_WORKPLACES = Words.of("nhs", "the nhs", "council", "retail", "it", "sales",
            "edinburgh", "glasgow", "aberdeen", "dundee", "inverness", "perth", "stirling", "fife", "london", "scotland",
            "england", "hospitality", "construction", "care", "education", "finance", "a", "the", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "i", "he",
            "she", "they", "we", "his", "her", "police", "police scotland", "him", "them", "home", "leith", "lothian",
            "lanarkshire", "ayrshire", "highlands", "borders", "west lothian", "east lothian", "midlothian",
            "manchester", "birmingham", "belfast", "cardiff", "wales", "ireland", "uk", "europe", "it's", "years",
            "weeks", "months", "night", "nights", "days", "childline", "samaritans", "breathing space", "stop it now",
            "lucy faithfull", "mind", "shout", "nspcc", "the army", "army", "navy", "raf", "covid", "lockdown");

    private static final Set<String> PLACE_ONLY_LEADS = Words.of("in");

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        Matcher m = CUED.matcher(text);
        while (m.find()) {
            String name = m.group("name").strip();
            String lower = name.toLowerCase(Locale.ROOT).replaceAll("[.,]$", "");
            String preposition = text.substring(m.start(), m.start("name")).strip().toLowerCase(Locale.ROOT);
            boolean placeLead = PLACE_ONLY_LEADS.stream().anyMatch(p -> preposition.endsWith(" " + p));
            if (NOT_WORKPLACES.contains(lower) || NOT_WORKPLACES.contains(firstWord(lower)) && lower.indexOf(' ') < 0
                    || placeLead && !lower.contains(" ") && NOT_WORKPLACES.contains(lower)) {
                continue;
            }
            if (NOT_WORKPLACES.contains(firstWord(lower)) && !lower.contains(" ")) {
                continue;
            }
            int end = m.start("name") + trailingTrim(m.group("name"));
            out.add(new IdentifierHit(IdentifierKind.WORKPLACE, m.start("name"), end, Confidence.HIGH));
        }
        Matcher k = KNOWN.matcher(text);
        while (k.find()) {
            out.add(new IdentifierHit(IdentifierKind.WORKPLACE, k.start("name"), k.end("name"), Confidence.HIGH));
        }
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    private static int trailingTrim(String name) {
        int end = name.length();
        while (end > 0 && ".,'’".indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
