package org.helplinelogbook.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ten-digit health service numbers. England/Wales NHS numbers and Scottish CHI numbers share the
 * modulus-11 check; a CHI number additionally starts with the holder's date of birth (DDMMYY).
 */
final class HealthNumberDetector implements Detector {

    // 943 476 5919 / 943-476-5919 / 9434765919 / 010190 1234. Not preceded by "digit+space" so the
    // tail of a spaced phone number ("+44 131 496 0123") is not re-read as a ten-digit number.
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\w£$€.,/+-])(?<!\\d[ -])(?:\\d{3}([ -]?)\\d{3}\\1\\d{4}|\\d{6}[ -]\\d{4})(?![\\w-]|[ ,.]\\d)");

    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(?:(?<chi>CHI)|NHS|health (?:service )?number)\\b");

    private enum Cue { NONE, CHI, NHS }

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            boolean check = CheckDigits.mod11(digits);
            boolean date = CheckDigits.ddmmyy(digits);
            Cue cue = nearestCue(text, m.start(), m.end());
            boolean chiCue = cue == Cue.CHI;
            boolean nhsCue = cue == Cue.NHS;
            IdentifierKind kind;
            Confidence confidence;
            if (chiCue || !nhsCue && date && check) {
                // Scottish helpline: a check-valid number starting with a real date is most likely CHI.
                kind = IdentifierKind.CHI_NUMBER;
                confidence = check && date ? Confidence.HIGH : Confidence.LOW;
            } else if (check || nhsCue) {
                kind = IdentifierKind.NHS_NUMBER;
                confidence = check ? Confidence.HIGH : Confidence.LOW;
            } else {
                continue; // Ten digits, bad check digit, no cue: an order or reference number.
            }
            out.add(new IdentifierHit(kind, m.start(), m.end(), confidence));
        }
    }

    /** The cue word closest before the number ("NHS 943 476 5919, CHI ..."), else the first just after. */
    private static Cue nearestCue(String text, int start, int end) {
        Matcher before = CUE.matcher(text).region(Math.max(0, start - 40), start).useTransparentBounds(true);
        Cue found = Cue.NONE;
        while (before.find()) {
            found = before.group("chi") != null ? Cue.CHI : Cue.NHS;
        }
        if (found != Cue.NONE) {
            return found;
        }
        Matcher after = CUE.matcher(text).region(end, Math.min(text.length(), end + 15)).useTransparentBounds(true);
        return after.find() ? (after.group("chi") != null ? Cue.CHI : Cue.NHS) : Cue.NONE;
    }
}
