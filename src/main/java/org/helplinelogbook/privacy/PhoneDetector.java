package org.helplinelogbook.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers via libphonenumber, which knows every country's numbering plan and the many ways
 * people punctuate numbers; a hand-written regex would either miss formats or flag counts and years.
 */
final class PhoneDetector implements Detector {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /**
     * Ofcom's reserved drama ranges (national significant numbers). libphonenumber treats some as
     * invalid (07700 900xxx, 01632 960xxx), but they are what training and test notes use, so a
     * scanner that ignored them would look broken in every demo.
     */
    private static final Pattern OFCOM_DRAMA = Pattern.compile(
            "7700900\\d{3}|1(?:1[3-8]|[2-6]1)4960\\d{3}|1914980\\d{3}|2079460\\d{3}|2896496\\d{3}"
                    + "|2920180\\d{3}|1632960\\d{3}|8081570\\d{3}|9098790\\d{3}|3069990\\d{3}");

    /**
     * Public service numbers workers quote when signposting (national significant numbers): the helpline's own
     * freephone, Childline, Breathing Space, NSPCC, Samaritans, NHS 24, Police Scotland's 101 and the like. They
     * identify a service, never a caller, and flagging them teaches workers to ignore the warning.
     */
    private static final Set<String> PUBLIC_SERVICES = Set.of(
            "8081000900", "8001111", "800838587", "8088005000", "116123", "111", "999", "101", "112",
            "8088010331", "3001231101", "8000121", "8088024040", "8002797", "8088082000", "3457909090");

    /** POSSIBLE leniency happily returns "03.04.1987" or "14.05"; those are dates and times. */
    private static final Pattern DATE_OR_TIME =
            Pattern.compile("\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?");

    /** Fewer digits than this cannot be a dialable UK number; skipping libphonenumber saves time. */
    private static final int MIN_DIGITS = 7;

    /**
     * Stretches that could hold a dialled number: a "+" or trunk "0" followed by digits and the usual
     * separators. Running libphonenumber only on these keeps it off the many counts and years in a note.
     */
    private static final Pattern CANDIDATE = Pattern.compile("(?:\\+|\\(\\s?[0+]|0)[0-9 ()./-]{6,25}");

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        if (countDigits(text) < MIN_DIGITS) {
            return;
        }
        Matcher c = CANDIDATE.matcher(text);
        int searchedTo = 0;
        while (c.find()) {
            if (c.start() < searchedTo) {
                continue;
            }
            // A little context either side lets libphonenumber see brackets and "+44 (0)" prefixes.
            int from = Math.max(searchedTo, c.start() - 1);
            int to = Math.min(text.length(), c.end() + 1);
            findIn(text, from, to, out);
            searchedTo = to;
        }
    }

    private static void findIn(String text, int from, int to, List<IdentifierHit> out) {
        // POSSIBLE rather than VALID so drama ranges and newly allocated ranges still surface;
        // validity then decides HIGH vs LOW below.
        for (PhoneNumberMatch m : UTIL.findNumbers(text.substring(from, to), "GB", PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
            String raw = m.rawString();
            int start = from + m.start();
            int end = from + m.end();
            if (!looksDialled(raw) || embeddedInToken(text, start, end) || DATE_OR_TIME.matcher(raw).matches()) {
                continue;
            }
            PhoneNumber number = m.number();
            String nsn = UTIL.getNationalSignificantNumber(number);
            if (number.getCountryCode() == 44 && PUBLIC_SERVICES.contains(nsn)) {
                continue;
            }
            if (number.getCountryCode() == 44 && OFCOM_DRAMA.matcher(nsn).matches() || UTIL.isValidNumber(number)) {
                out.add(new IdentifierHit(IdentifierKind.PHONE, start, end, Confidence.HIGH));
            } else if (nsn.length() >= 9) {
                // Right length for a UK number but an unallocated range: probably a typo of a real one.
                out.add(new IdentifierHit(IdentifierKind.PHONE, start, end, Confidence.LOW));
            }
        }
    }

    /**
     * People write phone numbers with a trunk 0 or an international +/00 prefix. Requiring that
     * rejects counts, years, reference numbers and NHS numbers, which POSSIBLE would otherwise match.
     */
    private static boolean looksDialled(String raw) {
        int i = 0;
        while (i < raw.length() && (raw.charAt(i) == '(' || Character.isWhitespace(raw.charAt(i)))) {
            i++;
        }
        return i < raw.length() && (raw.charAt(i) == '+' || raw.charAt(i) == '0');
    }

    /** Digits glued to letters are GUID or hash fragments, not phone numbers (Presidio #71). */
    private static boolean embeddedInToken(String text, int start, int end) {
        boolean before = start > 0 && (Context.isWordChar(text.charAt(start - 1))
                || text.charAt(start - 1) == '-' && start > 1 && Context.isWordChar(text.charAt(start - 2)));
        boolean after = end < text.length() && (Context.isWordChar(text.charAt(end))
                || text.charAt(end) == '-' && end + 1 < text.length() && Context.isWordChar(text.charAt(end + 1)));
        return before || after;
    }

    private static int countDigits(String text) {
        int n = 0;
        for (int i = 0; i < text.length() && n < MIN_DIGITS; i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                n++;
            }
        }
        return n;
    }
}
