package org.helplinelogbook.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** National Insurance numbers: HMRC prefix rules, six digits, optional suffix A-D, with or without spacing. */
final class NationalInsuranceDetector implements Detector {

    // First letter not D F I Q U V; second not D F I O Q U V; BG GB NK KN TN NT ZZ never issued.
    private static final Pattern NINO = Pattern.compile(
            "(?i)(?<![\\w-])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                    + "[ -]?\\d{2}[ -]?\\d{2}[ -]?\\d{2}(?<suffix>[ -]?[A-D])?(?![\\w-])");

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        Matcher m = NINO.matcher(text);
        while (m.find()) {
            // HMRC lets the suffix be left off; without it the shape is weaker, so warn only.
            Confidence confidence = m.group("suffix") != null ? Confidence.HIGH : Confidence.LOW;
            out.add(new IdentifierHit(IdentifierKind.NI_NUMBER, m.start(), m.end(), confidence));
        }
    }
}
