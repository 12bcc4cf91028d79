package org.helplinelogbook.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal names in context. A name list alone flags half the dictionary ("Will", "May", "Grace") and misses
 * names it lacks, so each rule pairs a list with the way people introduce someone in a note:
 * <ul>
 *   <li>a capitalised given name from {@link NameLists} ("... Oliver has seen ..."), with any surname after it;</li>
 *   <li>after a kinship or relation word ("his grandson Oliver", "her ex Darren Mackay", "the lad next door, Kyle");</li>
 *   <li>after a title ("Mrs Okafor", "Dr Patel", "Rev. Ian Black");</li>
 *   <li>after "called", "named", "name is", "spoke to", "asked for" ("a boy called Jayden");</li>
 *   <li>a possessive before a person or thing ("Grace's mum", "oliver's phone");</li>
 *   <li>a name next to an age ("Hope, 14", "oliver (12)") and initials with an age ("J.S., 14");</li>
 *   <li>an everyday-word name at a sentence start only with a reporting verb ("Mark rang back").</li>
 * </ul>
 * Names that are also everyday words (Will, May, Hope, Grace, Mark, Bill, Rose, Frank, Sunny...) never count on
 * their own. Lower-case names count only in context ("his son oliver", "gregor lindsay rang").
 */
final class NameDetector implements Detector {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\\-]*|\\d+");

    private static final Set<String> KIN = Words.of("son", "daughter", "grandson", "granddaughter", "grandchild",
            "grandkid", "nephew", "niece", "brother", "sister", "half-brother", "half-sister", "stepson", "stepdaughter",
            "stepbrother", "stepsister", "stepdad", "stepmum", "stepfather", "stepmother", "mum", "mom", "mother",
            "dad", "father", "gran", "granny", "grandma", "grandmother", "grandad", "granda", "grandpa", "grandfather",
            "nana", "nan", "papa", "uncle", "aunt", "auntie", "aunty", "cousin", "husband", "wife", "partner", "ex",
            "ex-partner", "ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend", "boyfriend", "girlfriend", "fiance",
            "fiancé", "fiancee", "friend", "pal", "mate", "neighbour", "neighbor", "lad", "lass", "boy", "girl", "wean",
            "bairn", "kid", "child", "baby", "toddler", "teenager", "twin", "colleague", "boss", "teacher", "coach",
            "minister", "priest", "carer", "landlord", "landlady", "flatmate", "lodger", "classmate", "pupil", "godson",
            "goddaughter", "sibling", "youngest", "eldest", "oldest", "man", "woman", "guy", "bloke", "fella", "chap",
            "lady", "person", "stepkid", "stepchild", "grandaughter", "grandsons", "sons", "daughters", "kids", "children",
            "brothers", "sisters", "nephews", "nieces", "cousins", "friends", "worker", "officer", "solicitor",
            "counsellor", "therapist", "gp", "doctor", "nurse", "victim", "accuser", "abuser", "perpetrator", "offender",
            "babysitter", "childminder", "ex's", "buddy", "bestie", "stepgran", "grandparent", "parent", "foster",
            "adopted", "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law", "mother-in-law",
            "father-in-law", "law", "granddad", "grandsom", "doughter", "neice", "nephw", "freind", "partener", "gf", "bf");

    /** Words that may stand between a kinship word and the name ("the lad next door, Kyle"). */
    private static final Set<String> BRIDGE = Words.of("next", "door", "upstairs", "downstairs", "across", "road",
            "down", "the", "from", "school", "work", "called", "named", "is", "was", "aged", "wee", "little", "new",
            "old", "older", "younger", "young", "teenage", "adult", "eldest", "youngest", "oldest", "middle", "own");

    private static final Set<String> TITLES = Words.of("mr", "mrs", "ms", "miss", "mx", "dr", "rev", "revd",
            "reverend", "prof", "professor", "sir", "dame", "lord", "pc", "dc", "ds", "di", "sgt", "sergeant",
            "constable", "councillor", "cllr", "father", "fr", "sister", "brother", "pastor", "imam", "rabbi",
            "coach", "mister", "missus", "mrs.", "mr.", "dr.");

    /** Titles written with a full stop ("Dr.", "Rev."): the stop does not end a sentence. */
    private static final Set<String> ABBREVIATED_TITLES = Words.of("mr", "mrs", "ms", "mx", "dr", "rev", "revd", "prof",
            "sgt", "cllr", "fr", "st", "pc", "dc", "ds", "di");

    private static final Set<String> CUES = Words.of("called", "named", "nicknamed", "calls", "known", "goes",
            "signed", "signs", "spoke", "speak", "speaking", "asked", "ask", "asking", "name", "name's", "names",
            "introduced", "this", "alias", "aka", "by");

    /** Everyday-word names that are nouns, never verbs or modals: safe as names after "his son" in lower case. */
    private static final Set<String> LOWER_OK = Words.of("ruby", "harris", "lewis", "shannon", "iona", "skye", "holly",
            "daisy", "poppy", "lily", "jack", "jordan", "morgan", "chelsea", "georgia", "victoria", "eden", "devon",
            "kerry", "amber", "jade", "rose", "grace", "faith", "dawn", "iris", "ivy", "violet", "hazel", "heather",
            "olive", "rowan", "sydney", "florence", "austin", "hamilton", "douglas", "angus", "arran", "milan",
            "madison", "harley", "sonny", "robin", "jasper", "alexa", "islay", "kelvin", "irvine", "chester", "lincoln");

    /** Verbs after which a sentence-start everyday-word name ("Mark rang back") is a person. */
    private static final Set<String> REPORTING_VERBS = Words.of("rang", "phoned", "texted", "said", "says", "told",
            "disclosed", "admitted", "emailed", "messaged", "explained", "mentioned", "denied", "wants", "wanted",
            "lives", "lived", "works", "worked", "went", "came", "called", "calls", "rings", "phones", "texts",
            "thinks", "thought", "feels", "felt", "asked", "asks", "agreed", "refused", "left", "moved", "got",
            "gets", "keeps", "kept", "has", "had", "is", "was", "and", "hasn't", "hadn't", "isn't", "wasn't",
            "doesn't", "didn't", "won't", "can't", "attends", "goes", "stays", "stayed", "plays", "played", "uses",
            "used", "sent", "sends", "showed", "shows", "saw", "sees", "met", "meets", "knows", "knew", "does", "did",
            "rang", "turned", "started", "stopped", "tried", "tries", "needs", "needed", "likes", "liked", "loves",
            "loved", "hates", "spends", "spent", "watched", "watches", "shared", "shares", "downloaded", "searched",
            "looked", "looks", "returned", "visited", "visits", "cried", "screamed", "hit", "threatened", "touched",
            "groomed", "contacted", "reported", "claimed", "claims", "insisted", "insists", "confirmed", "seems",
            "seemed", "appeared", "became", "become", "could", "would", "should", "might", "must", "can", "will");

    /** Words after a possessive that show the owner is a person ("Grace's mum", "Will's phone"). */
    private static final Set<String> OWNED = Words.of("mum", "mom", "dad", "mother", "father", "brother", "sister",
            "son", "daughter", "gran", "granny", "grandad", "gran's", "partner", "wife", "husband", "boyfriend",
            "girlfriend", "friend", "friends", "pal", "pals", "mate", "mates", "teacher", "school", "phone", "laptop",
            "tablet", "room", "bedroom", "house", "home", "flat", "account", "accounts", "social", "worker", "uncle",
            "aunt", "auntie", "cousin", "class", "nursery", "birthday", "parents", "family", "kids", "children",
            "baby", "ex", "stepdad", "stepmum", "carer", "computer", "console", "xbox", "playstation", "messages",
            "photos", "pictures", "snapchat", "instagram", "tiktok", "discord", "whatsapp", "behaviour", "safety",
            "name", "dog", "car", "bike", "nan", "nana", "grandma", "grandpa", "coach", "club", "team", "best");

    /**
     * Capitalised words that are not names even after a cue ("spoke to Childline", "called Police Scotland"):
     * sentence words, services, platforms, places, months and days.
     */
    private static final Set<String> NOT_NAMES = Words.of("i", "the", "a", "an", "he", "she", "they", "his", "her",
            "their", "it", "we", "you", "my", "our", "your", "and", "but", "or", "so", "then", "when", "if", "as",
            "at", "on", "in", "to", "for", "of", "with", "by", "from", "not", "no", "yes", "this", "that", "these",
            "those", "there", "here", "who", "what", "where", "why", "how", "also", "still", "just", "only", "very",
            "has", "had", "was", "is", "are", "were", "be", "been", "said", "says", "told", "caller", "call", "called",
            "police", "social", "work", "services", "nhs", "gp", "childline", "samaritans", "breathing", "space",
            "stop", "now", "scotland", "faithfull", "facebook", "snapchat", "instagram", "tiktok", "discord",
            "whatsapp", "kik", "telegram", "twitter", "youtube", "roblox", "xbox", "google", "apple", "microsoft",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "july", "september", "october", "november", "december", "christmas", "easter", "ceop", "iwf",
            "nspcc", "barnardo's", "mappa", "crown", "office", "procurator", "fiscal", "court", "sheriff", "high",
            "council", "mind", "shout", "victim", "support", "rape", "crisis", "women's", "aid", "safer", "families",
            "him", "them", "us", "me", "someone", "somebody", "anyone", "nobody", "everyone", "all", "both", "one",
            "two", "three", "some", "any", "each", "other", "another", "about", "after", "before", "again", "back",
            "edinburgh", "glasgow", "aberdeen", "dundee", "inverness", "perth", "stirling", "fife", "lothian",
            "london", "manchester", "birmingham", "leeds", "liverpool", "newcastle", "belfast", "cardiff", "england",
            "wales", "ireland", "uk", "britain", "europe", "highlands", "borders", "ayrshire", "lanarkshire",
            "he's", "she's", "they're", "it's", "i'm", "don't", "didn't", "ok", "okay", "sorry", "thanks", "hello",
            "hi", "dear", "please", "yesterday", "today", "tomorrow", "tonight", "morning", "evening", "night",
            "help", "helpline", "online", "internet", "safeguarding", "probation", "prison", "jail", "hospital",
            "a&e", "cahms", "camhs", "sacro", "circles", "moving", "forward", "change", "inform", "nhs24", "24",
            "lucy", "marie", "curie", "foundation", "trust", "charity", "brigade", "guides", "scouts", "brownies",
            "cubs", "beavers", "rainbows", "cadets", "academy", "school", "college", "university", "primary",
            "church", "club", "fc", "street", "road", "lane", "avenue", "drive", "him.", "god", "jesus", "allah",
            "mum", "dad", "mother", "father", "son", "daughter", "gran", "granny", "grandad", "brother", "sister",
            "wife", "husband", "partner", "boyfriend", "girlfriend", "friend", "uncle", "auntie", "aunt", "cousin",
            "ps4", "ps5", "oculus", "reddit", "omegle", "onlyfans", "skype", "zoom", "teams", "signal", "wickr",
            "messenger", "grindr", "tinder", "bumble", "hinge", "twitch", "minecraft", "fortnite", "steam", "wizz",
            "yubo", "hoop", "monkey", "chatroulette", "ometv", "azar", "houseparty", "threads", "bluesky", "mastodon",
            "bereal", "badoo", "vinted", "depop", "ebay", "gumtree", "amazon", "netflix", "spotify", "vrchat", "meta",
            "chrome", "firefox", "tor", "vpn", "pornhub", "xvideos", "android", "iphone", "samsung", "ipad", "alexa",
            "siri", "chatgpt", "playstation", "nintendo", "switch", "poland", "nigeria", "nigerian", "polish",
            "scottish", "english", "irish", "welsh", "british", "pakistani", "indian", "muslim", "christian",
            "catholic", "protestant", "sikh", "hindu", "jewish", "african", "asian", "european", "west", "east",
            "north", "south", "central", "greater", "new", "old", "saint", "st", "dear", "mr", "mrs", "miss", "ms");

    /** "Lucy Faithfull" is a charity and "St Andrew" a saint: a name after these words is part of another name. */
    private static final Set<String> NOT_AFTER = Words.of("st", "st.", "saint", "queen", "king", "prince", "princess",
            "port", "fort", "loch", "lake", "mount", "glen", "royal", "cape", "bay", "the");
    private static final Set<String> NOT_BEFORE = Words.of("faithfull", "curie", "street", "road", "house", "hospital",
            "infirmary", "park", "square", "station", "quay", "centre", "center", "university", "college", "academy",
            "school", "primary", "high", "bridge", "trust", "foundation", "way", "terrace", "gardens", "place",
            "crescent", "lane", "drive", "avenue", "st", "rd", "ave", "wynd", "brae", "close", "court", "row", "loan",
            "walk", "view", "grove", "mews", "hill", "green", "gdns", "terr", "pl", "sq", "cres", "dr");

    private static final Pattern AGE_AFTER = Pattern.compile("(?i)\\s*(?:,\\s*|\\(\\s*|\\s+)(?:aged?\\s*)?\\d{1,2}\\b(?!\\s*(?:%|am|pm|mins?|minutes|hours|hrs|times|years? ago))");
    private static final Pattern INITIALS_AGE = Pattern.compile(
            "(?<![\\p{L}.])(\\p{Lu}\\.\\s?\\p{Lu}\\.?|\\p{Lu}\\p{Lu}(?=\\s*\\())\\s*(?:,\\s*|\\(\\s*|\\s+)(?:aged?\\s*)?\\d{1,2}\\b");

    private record Token(String text, String lower, int start, int end, boolean capitalised, boolean sentenceStart) {
        String bare() {
            // Possessives: "Oliver's" and "James'" look up as "oliver" and "james".
            if (lower.endsWith("'s")) {
                return lower.substring(0, lower.length() - 2);
            }
            return lower.endsWith("'") ? lower.substring(0, lower.length() - 1) : lower;
        }

        int bareEnd() {
            return end - (text.length() - bare().length());
        }

        boolean possessive() {
            return lower.endsWith("'s") || lower.endsWith("s'");
        }
    }

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        List<Token> tokens = tokens(text);
        int i = 0;
        while (i < tokens.size()) {
            int end = nameAt(text, tokens, i);
            if (end > i) {
                Token first = tokens.get(i);
                Token last = tokens.get(end - 1);
                int spanStart = first.start();
                if (i > 0 && TITLES.contains(tokens.get(i - 1).lower().replace(".", ""))
                        && isTitleContext(tokens, i)) {
                    spanStart = tokens.get(i - 1).start();
                }
                // A possessive's "'s" goes too: "[NAME] dad" reads well enough and leaves nothing to match on.
                out.add(new IdentifierHit(IdentifierKind.NAME, spanStart, last.end(), Confidence.HIGH));
                i = end;
            } else {
                i++;
            }
        }
        Matcher m = INITIALS_AGE.matcher(text);
        while (m.find()) {
            out.add(new IdentifierHit(IdentifierKind.NAME, m.start(1), m.end(1), Confidence.HIGH));
        }
    }

    /** If a name starts at token {@code i}, the index after its last token; otherwise {@code i}. */
    private static int nameAt(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.bare();
        if (w.length() < 2 || Character.isDigit(w.charAt(0))) {
            return i;
        }
        boolean known = NameLists.isGiven(w);
        boolean ambiguous = NameLists.isAmbiguous(w);
        Token previous = i > 0 ? tokens.get(i - 1) : null;
        if (previous != null && NOT_AFTER.contains(previous.lower().replace(".", ""))) {
            return i;
        }
        if (i + 1 < tokens.size() && NOT_BEFORE.contains(tokens.get(i + 1).lower())) {
            return i;
        }
        boolean cue = kinBefore(tokens, i) || titleBefore(tokens, i) || cueBefore(tokens, i);
        boolean ageAfter = !t.possessive() && AGE_AFTER.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 14))
                .lookingAt();
        boolean ownedAfter = t.possessive() && i + 1 < tokens.size() && OWNED.contains(tokens.get(i + 1).lower());
        boolean surnameAfter = i + 1 < tokens.size() && !t.possessive() && isSurname(tokens.get(i + 1), t.capitalised());
        if (t.capitalised()) {
            if (NOT_NAMES.contains(w)) {
                return i;
            }
            if (known && !ambiguous && !t.sentenceStart()) {
                return extend(tokens, i);
            }
            if (known && !ambiguous && (cue || ageAfter || ownedAfter || surnameAfter || verbAfter(tokens, i))) {
                return extend(tokens, i);
            }
            if (known && ambiguous && (cue || ageAfter || ownedAfter || surnameAfter && !t.sentenceStart()
                    || t.sentenceStart() && strongVerbAfter(tokens, i) || surnameAfter && surnameIsStrong(tokens.get(i + 1)))) {
                return extend(tokens, i);
            }
            // A name we do not list needs a title, or a kinship word or cue right before it ("his son Tymon").
            if (!known && (titleBefore(tokens, i) || (directKinBefore(tokens, i) || cueBefore(tokens, i)) && looksLikeName(t))) {
                return extend(tokens, i);
            }
            return i;
        }
        // Lower case: only in context, and never an everyday-word name without "called" or "named".
        if (known && !ambiguous && (cue || ageAfter || ownedAfter || surnameAfter || verbAfter(tokens, i) && t.sentenceStart())) {
            return extend(tokens, i);
        }
        if (ambiguous && namedBefore(tokens, i)) {
            return extend(tokens, i);
        }
        // "grandson harris, 13", "ruby rang back": everyday-word names that are not verbs or modals, in context.
        if (ambiguous && LOWER_OK.contains(w) && (kinBefore(tokens, i) || ageAfter || ownedAfter
                || t.sentenceStart() && strongVerbAfter(tokens, i))) {
            return extend(tokens, i);
        }
        if (!known && titleBefore(tokens, i) && NameLists.isSurname(w)) {
            return i + 1;
        }
        return i;
    }

    /** The name goes on over surnames and further capitalised name parts: "Darren Mackay", "Mary Jane O'Neill". */
    private static int extend(List<Token> tokens, int i) {
        int end = i + 1;
        boolean capital = tokens.get(i).capitalised();
        while (end < tokens.size() && end - i < 3 && !tokens.get(end - 1).possessive()) {
            Token next = tokens.get(end);
            if (next.sentenceStart() || !isSurname(next, capital)) {
                break;
            }
            end++;
        }
        return end;
    }

    private static boolean isSurname(Token t, boolean capitalisedName) {
        String w = t.bare();
        if (NOT_NAMES.contains(w) || NOT_BEFORE.contains(w) || w.length() < 2) {
            return false;
        }
        if (capitalisedName) {
            // After a given name, a capitalised word mid-sentence is almost always its surname ("Archie Haddad").
            return t.capitalised() && !t.sentenceStart() && !t.text().equals(t.text().toUpperCase(Locale.ROOT))
                    && (!NameLists.isAmbiguous(w) || NameLists.isSurname(w));
        }
        return !t.capitalised() && NameLists.isSurname(w) && !NameLists.isAmbiguous(w);
    }

    private static boolean surnameIsStrong(Token t) {
        return t.capitalised() && (NameLists.isSurname(t.bare()) || looksLikeSurname(t.text()));
    }

    private static boolean looksLikeSurname(String s) {
        return s.matches("(?:Mc|Mac|O'|Fitz)\\p{Lu}?\\p{L}+.*") || s.matches("\\p{Lu}\\p{Ll}+(?:ski|ska|wicz|czyk|son|sen|ez|ova|enko|poulos|ani|ian|ovic)");
    }

    /** A capitalised word after a kinship word or cue, not a known non-name: likely a name we do not list. */
    private static boolean looksLikeName(Token t) {
        String w = t.bare();
        return w.length() >= 2 && !NOT_NAMES.contains(w) && t.text().chars().skip(1).allMatch(c -> !Character.isUpperCase(c) || c == '\'')
                || looksLikeSurname(t.text());
    }

    private static boolean kinBefore(List<Token> tokens, int i) {
        if (tokens.get(i).sentenceStart()) {
            return false; // "...with the 3 kids. Encouraged use of..." : the kinship word belongs to another sentence
        }
        for (int k = i - 1, bridged = 0; k >= 0 && bridged <= 3; k--, bridged++) {
            if (k < i - 1 && tokens.get(k + 1).sentenceStart()) {
                return false;
            }
            String w = tokens.get(k).lower();
            if (KIN.contains(w)) {
                return true;
            }
            if (!BRIDGE.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** A kinship word just before, or with only "called", "named" or a comma between ("her son, Tymon"). */
    private static boolean directKinBefore(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return false;
        }
        String p = tokens.get(i - 1).lower();
        if (KIN.contains(p)) {
            return true;
        }
        return i > 1 && (p.equals("called") || p.equals("named")) && KIN.contains(tokens.get(i - 2).lower());
    }

    private static boolean titleBefore(List<Token> tokens, int i) {
        return i > 0 && !tokens.get(i).sentenceStart() && TITLES.contains(tokens.get(i - 1).lower().replace(".", "")) && isTitleContext(tokens, i);
    }

    /** "Sister" and "Brother" are titles only before a capitalised name; "Father" likewise. */
    private static boolean isTitleContext(List<Token> tokens, int i) {
        Token title = tokens.get(i - 1);
        String w = title.lower().replace(".", "");
        if (Words.of("sister", "brother", "father", "coach").contains(w)) {
            return title.capitalised() && tokens.get(i).capitalised();
        }
        return true;
    }

    private static boolean cueBefore(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return false;
        }
        String p = tokens.get(i - 1).lower();
        String pp = i > 1 ? tokens.get(i - 2).lower() : "";
        return switch (p) {
            case "called", "named", "nicknamed", "aka", "alias" -> true;
            case "is" -> pp.equals("name") || pp.equals("names");
            case "name's" -> true;
            case "as" -> pp.equals("known") || pp.equals("himself") || pp.equals("herself") || pp.equals("signed")
                    || pp.equals("introduced") || namedEarlier(tokens, i);
            case "by" -> pp.equals("goes");
            case "to" -> pp.equals("spoke") || pp.equals("speak") || pp.equals("speaking") || pp.equals("talked")
                    || pp.equals("talking");
            case "for" -> pp.equals("asked") || pp.equals("ask") || pp.equals("asking");
            case "himself", "herself" -> pp.equals("calls") || pp.equals("called");
            default -> false;
        };
    }

    /** "called" or "named" just before: enough even for an everyday-word name ("a girl called Hope"). */
    private static boolean namedBefore(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        String p = tokens.get(i - 1).lower();
        String pp = i > 1 ? tokens.get(i - 2).lower() : "";
        if (p.equals("as") && namedEarlier(tokens, i)) {
            return true;
        }
        return p.equals("called") && !pp.isEmpty() && !Words.of("i", "he", "she", "they", "we", "you", "who", "then", "also", "and", "had", "has", "have", "was").contains(pp)
                || p.equals("named") || p.equals("name's") || p.equals("is") && pp.equals("name");
    }

    /** "named the man as X", "identified him as X". */
    private static boolean namedEarlier(List<Token> tokens, int i) {
        for (int k = i - 2; k >= Math.max(0, i - 5); k--) {
            String w = tokens.get(k).lower();
            if (w.equals("named") || w.equals("identified") || w.equals("described") || w.equals("introduced")) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbAfter(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && REPORTING_VERBS.contains(tokens.get(i + 1).lower());
    }

    /** For an everyday-word name at a sentence start: "Mark rang", "Will said", not "Will call" or "May be". */
    private static boolean strongVerbAfter(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).lower();
        return Words.of("rang", "phoned", "texted", "said", "says", "told", "disclosed", "admitted", "emailed",
                "messaged", "explained", "mentioned", "denied", "wants", "lives", "works", "attends", "rings", "thinks",
                "stays", "asked")
                .contains(next) && !(tokens.get(i).lower().equals("may") || tokens.get(i).lower().equals("will"))
                || Words.of("rang", "phoned", "texted", "said", "told", "disclosed", "admitted", "emailed", "messaged",
                "mentioned", "denied").contains(next);
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            String word = m.group();
            int end = m.end();
            while (end > m.start() + 1 && (text.charAt(end - 1) == '-' || text.charAt(end - 1) == '\'' && !word.endsWith("s'"))) {
                end--;
            }
            word = text.substring(m.start(), end);
            boolean sentenceStart = isSentenceStart(text, previousEnd, m.start(), tokens.isEmpty());
            tokens.add(new Token(word, word.toLowerCase(Locale.ROOT), m.start(), end,
                    Character.isUpperCase(word.charAt(0)), sentenceStart));
            previousEnd = end;
        }
        return tokens;
    }

    /** "Dr." or "J." : a full stop after a title or an initial does not end the sentence. */
    private static boolean afterTitleOrInitial(String text, int dot) {
        int k = dot;
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        String word = text.substring(k, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATED_TITLES.contains(word) || word.length() == 1 && Character.isUpperCase(text.charAt(k));
    }

    private static boolean isSentenceStart(String text, int from, int to, boolean first) {
        if (first) {
            return text.substring(0, to).chars().noneMatch(Character::isLetterOrDigit);
        }
        for (int k = to - 1; k >= from; k--) {
            char c = text.charAt(k);
            if (c == '.' && afterTitleOrInitial(text, k)) {
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';' || c == '"' || c == '-' || c == '(') {
                return true;
            }
        }
        return false;
    }
}
