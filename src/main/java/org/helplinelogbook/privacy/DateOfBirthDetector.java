package org.helplinelogbook.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth. Notes are full of dates (arrests, court, last contact), so a date only counts when
 * a birth cue ("born", "DOB", "birthday", "date of birth") sits just before it in the same sentence,
 * or "(DOB)" right after it.
 */
final class DateOfBirthDetector implements Detector {

    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String YEAR = "(?:19|20)\\d{2}";

    private static final Pattern DATE = Pattern.compile("(?i)(?<![\\w/.-])(?:"
            + DAY + "([/.-])(?:0?[1-9]|1[0-2])\\1(?:19|20)?\\d{2}"
            + "|" + YEAR + "-(?:0?[1-9]|1[0-2])-" + DAY
            + "|" + DAY + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + "(?:\\.?,?\\s+" + YEAR + ")?"
            + "|" + MONTH + "\\.?\\s+" + DAY + ORDINAL + "(?:,?\\s+" + YEAR + ")?"
            + "|" + "(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)?\\d{2}"
            + ")(?![\\w/-]|\\.\\d)");

    private static final Pattern CUE_BEFORE = Pattern.compile(
            "(?i)\\b(?:born|birth ?day|b'?day|date of birth|d\\.?\\s?o\\.?\\s?b\\b\\.?|b\\.(?=\\s?\\d))");
    private static final Pattern CUE_AFTER = Pattern.compile(
            "(?i)\\s*[(\\[,-]?\\s*(?:dob|d\\.o\\.b|date of birth)\\b");
    /** "Born in Glasgow. Arrested 03/04/2019": the cue belongs to another sentence. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?;]\\s|\\n");
    /** "born 2010, arrested 03/04/2019": a number in between means the cue belongs to that number. */
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private static final Pattern BIRTH_YEAR = Pattern.compile("(?i)\\bborn\\s+(?:in\\s+)?(" + YEAR + ")(?![\\w/-])");

    private static final int WINDOW = 40;

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            if (cueBefore(text, m.start()) || cueAfter(text, m.end())) {
                out.add(new IdentifierHit(IdentifierKind.DATE_OF_BIRTH, m.start(), m.end(), Confidence.HIGH));
            }
        }
        // A birth year alone narrows things down but is shared by many people: warn only.
        Matcher y = BIRTH_YEAR.matcher(text);
        while (y.find()) {
            out.add(new IdentifierHit(IdentifierKind.DATE_OF_BIRTH, y.start(1), y.end(1), Confidence.LOW));
        }
    }

    private static boolean cueBefore(String text, int dateStart) {
        Matcher c = CUE_BEFORE.matcher(text).region(Math.max(0, dateStart - WINDOW), dateStart).useTransparentBounds(true);
        int lastEnd = -1;
        while (c.find()) {
            lastEnd = c.end();
        }
        return lastEnd >= 0
                && !SENTENCE_BREAK.matcher(text).region(lastEnd, dateStart).find()
                && !DIGIT.matcher(text).region(lastEnd, dateStart).find();
    }

    private static boolean cueAfter(String text, int dateEnd) {
        return CUE_AFTER.matcher(text).region(dateEnd, Math.min(text.length(), dateEnd + 20)).lookingAt();
    }
}
