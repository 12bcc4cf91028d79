package org.helplinelogbook.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bits people write around an identifier that identify as much as the identifier itself: a year after a
 * date of birth ("3rd May '88"), an alternative ending after a phone number ("0131 496 0000/0124", "ext 23"), the
 * spoken start of an email address ("mary underscore" before "smith at example dot com"). A hit is widened over
 * them, so redaction leaves nothing of the identifier behind.
 */
final class Pieces {

    private static final Pattern AFTER_PHONE = Pattern.compile("(?i)(?:\\s?/\\s?\\d{2,6}|\\s*(?:ext\\.?|extension|x)\\s?\\d{1,5})+(?![\\w])");
    private static final Pattern AFTER_DATE = Pattern.compile("(?:,?\\s?'\\d{2}|,?\\s(?:19|20)\\d{2})(?![\\w])");
    private static final Pattern BEFORE_EMAIL = Pattern.compile(
            "(?i)(?<![a-z0-9])(?:[a-z0-9]+\\s+(?:underscore|dash|hyphen|dot|period)\\s+)+$");
    private static final Pattern AFTER_HANDLE = Pattern.compile("(?i)(?:\\s?#\\d{4}|\\s+(?:underscore|dot)\\s+[a-z0-9]+)+(?![\\w])");

    private Pieces() {
    }

    static IdentifierHit extend(String text, IdentifierHit hit) {
        int start = hit.start();
        int end = hit.end();
        switch (hit.kind()) {
            case PHONE -> end = after(text, end, AFTER_PHONE);
            case DATE_OF_BIRTH -> end = after(text, end, AFTER_DATE);
            case EMAIL -> start = before(text, start, BEFORE_EMAIL);
            case SOCIAL_HANDLE -> end = after(text, end, AFTER_HANDLE);
            default -> {
            }
        }
        return start == hit.start() && end == hit.end() ? hit : new IdentifierHit(hit.kind(), start, end, hit.confidence());
    }

    private static int after(String text, int end, Pattern p) {
        Matcher m = p.matcher(text).region(end, Math.min(text.length(), end + 40)).useTransparentBounds(true);
        return m.lookingAt() ? m.end() : end;
    }

    private static int before(String text, int start, Pattern p) {
        int from = Math.max(0, start - 60);
        Matcher m = p.matcher(text).region(from, start).useTransparentBounds(true);
        return m.find() ? m.start() : start;
    }
}
