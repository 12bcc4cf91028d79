package org.helplinelogbook.privacy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK postcodes with the Royal Mail per-position letter rules (no Q/V/X first, no I/J/Z second, no
 * C/I/K/M/O/V in the inward letters), which rule out most words that merely look postcode-shaped.
 */
final class PostcodeDetector implements Detector {

    private static final Pattern POSTCODE = Pattern.compile(
            "(?i)(?<![\\w/-])(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"
                    + "|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
                    + "[ -]?[0-9][ABD-HJLNP-UW-Z]{2})(?![\\w/-])");

    private static final Pattern ADDRESS_CUE = Pattern.compile(
            "(?i)\\b(?:post ?code|address|lives?|living|moved|flat|street|st|road|rd|avenue|ave|lane|drive"
                    + "|crescent|place|terrace|gardens|court|walk|way|close|grove|wynd|brae|row|square)\\b");

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        Matcher m = POSTCODE.matcher(text);
        while (m.find()) {
            String raw = m.group();
            boolean upper = raw.equals(raw.toUpperCase(Locale.ROOT));
            boolean spaced = raw.indexOf(' ') > 0 || raw.indexOf('-') > 0;
            boolean cue = Context.before(text, m.start(), 60, ADDRESS_CUE)
                    || Context.after(text, m.end(), 30, ADDRESS_CUE);
            if (cue || upper && spaced) {
                out.add(new IdentifierHit(IdentifierKind.POSTCODE, m.start(), m.end(), Confidence.HIGH));
            } else if (upper) {
                // "EH11AA" with no address nearby: plausibly a postcode, but codes and references look alike.
                out.add(new IdentifierHit(IdentifierKind.POSTCODE, m.start(), m.end(), Confidence.LOW));
            }
            // Lower-case and no cue ("s4 2nd year"): too many ordinary tokens have this shape.
        }
    }
}
