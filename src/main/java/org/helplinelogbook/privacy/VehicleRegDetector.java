package org.helplinelogbook.privacy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK vehicle registrations: the current format ("SY21 ABC"), the older prefix ("A123 BCD") and suffix ("ABC 123D")
 * formats, with or without the space, any case. Upper case with the right shape is believed; lower case or
 * unspaced needs a car word nearby ("reg", "plate", "car", "van").
 */
final class VehicleRegDetector implements Detector {

    private static final Pattern REG = Pattern.compile("(?i)(?<![\\w/-])(?:"
            + "[A-HJ-PR-Y][A-HJ-PR-Y][0-9]{2}\\s?[A-HJ-PR-Z]{3}"
            + "|[A-HJ-NP-TV-Y][0-9]{1,3}\\s?[A-HJ-PR-Z]{3}"
            + "|[A-HJ-PR-Z]{3}\\s?[0-9]{1,3}[A-HJ-NP-TV-Y]"
            + ")(?![\\w/-])");

    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(?:reg|registration|plates?|number\\s*plate|car|van|vehicle|motor|drives?|driving|drove|lorry|taxi"
                    + "|motorbike|bike|corsa|fiesta|golf|focus|polo|astra|transit|bmw|audi|merc|mercedes|ford|vauxhall"
                    + "|toyota|nissan|honda|kia|hyundai|peugeot|renault|skoda|vw|volkswagen|land\\s*rover|range\\s*rover"
                    + "|mini|jeep|fiat|citroen|volvo|tesla|dvla)\\b");

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        Matcher m = REG.matcher(text);
        while (m.find()) {
            String raw = m.group();
            if (!hasLetterAndDigit(raw)) {
                continue;
            }
            boolean upper = raw.equals(raw.toUpperCase(Locale.ROOT));
            boolean spaced = raw.indexOf(' ') > 0;
            boolean cue = Context.before(text, m.start(), 40, CUE) || Context.after(text, m.end(), 30, CUE);
            if (cue || upper && spaced && currentFormat(raw)) {
                out.add(new IdentifierHit(IdentifierKind.VEHICLE_REG, m.start(), m.end(), Confidence.HIGH));
            } else if (upper && spaced) {
                out.add(new IdentifierHit(IdentifierKind.VEHICLE_REG, m.start(), m.end(), Confidence.LOW));
            }
        }
    }

    private static boolean currentFormat(String raw) {
        return raw.matches("(?i)[A-Z]{2}[0-9]{2}\\s?[A-Z]{3}");
    }

    private static boolean hasLetterAndDigit(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.chars().anyMatch(Character::isDigit);
    }
}
