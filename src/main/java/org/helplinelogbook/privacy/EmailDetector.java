package org.helplinelogbook.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Email addresses, including the "name at domain dot com" forms callers dictate over the phone. */
final class EmailDetector implements Detector {

    private static final Pattern PLAIN = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}(?![\\w-])");

    private static final String AT = "(?:\\s*[(\\[{<]\\s*at\\s*[)\\]}>]\\s*|\\s+at\\s+|\\s+@\\s+)";
    private static final String DOT = "(?:\\s*[(\\[{<]\\s*dot\\s*[)\\]}>]\\s*|\\s+dot\\s+|\\s?\\.\\s?)";
    /** The last label must be a common TLD, otherwise "met him at work dot dot dot" style text would match. */
    private static final String TLD = "(?:com|org|net|uk|scot|ie|eu|info|io|me|biz|edu|gov|live|online)";

    private static final Pattern OBFUSCATED = Pattern.compile(
            "(?i)(?<![\\w.%+-])[a-z0-9][a-z0-9._%+-]{0,63}(?:\\s+dot\\s+[a-z0-9][a-z0-9_%+-]{0,63})*" + AT
                    + "[a-z0-9-]{1,63}(?:" + DOT + "[a-z0-9-]{1,63})*?" + DOT + TLD + "(?![\\w-])");

    private static final Pattern SPELLED_OUT = Pattern.compile("(?i)[(\\[{<]\\s*at\\s*[)\\]}>]|\\bdot\\b|\\s@\\s");

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        if (text.indexOf('@') >= 0) {
            add(PLAIN.matcher(text), out);
        }
        if (!SPELLED_OUT.matcher(text).find()) {
            return; // cheap pre-check: every dictated form below needs a spelled-out "dot", "(at)" or " @ "
        }
        Matcher m = OBFUSCATED.matcher(text);
        while (m.find()) {
            // "looked at images.com" is prose plus a domain (the URL detector reports it); a dictated
            // address has a spelled-out "dot", a bracketed "(at)" or a spaced " @ ".
            if (SPELLED_OUT.matcher(m.group()).find()) {
                out.add(new IdentifierHit(IdentifierKind.EMAIL, m.start(), m.end(), Confidence.HIGH));
            }
        }
    }

    private static void add(Matcher m, List<IdentifierHit> out) {
        while (m.find()) {
            out.add(new IdentifierHit(IdentifierKind.EMAIL, m.start(), m.end(), Confidence.HIGH));
        }
    }
}
