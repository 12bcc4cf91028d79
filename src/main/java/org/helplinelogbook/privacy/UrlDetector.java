package org.helplinelogbook.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Web addresses: with a scheme, starting "www.", or a bare domain ending in a common TLD. */
final class UrlDetector implements Detector {

    private static final Pattern WITH_PREFIX = Pattern.compile(
            "(?i)(?<![\\w@.-])(?:https?://|www\\.)[^\\s<>\"'`]+");

    /** A closed TLD list keeps "i.e.", "e.g." and file names ("photo.jpg") out. */
    private static final Pattern BARE = Pattern.compile(
            "(?i)(?<![\\w@.:/-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+"
                    + "(?:com|org|net|uk|scot|io|me|info|biz|tv|app|xyz|onion|eu|ie|gg|ly|link)"
                    + "(?![\\w-])(?:/[^\\s<>\"'`]*)?");

    /**
     * Support services workers signpost callers to. Naming them does not identify the caller, and
     * flagging them on every other note would train workers to ignore the warning.
     */
    private static final Set<String> SIGNPOSTING = Set.of(
            "stopitnow.org.uk", "lucyfaithfull.org.uk", "nspcc.org.uk", "childline.org.uk",
            "samaritans.org", "iwf.org.uk", "ceop.police.uk", "nhsinform.scot", "breathingspace.scot",
            "mygov.scot", "gov.scot", "gov.uk", "nhs.uk", "mind.org.uk", "shoutmentalhealth.org.uk");

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        if (text.indexOf('.') < 0) {
            return;
        }
        add(text, WITH_PREFIX.matcher(text), out);
        add(text, BARE.matcher(text), out);
    }

    private static void add(String text, Matcher m, List<IdentifierHit> out) {
        while (m.find()) {
            int end = trimTrailingPunctuation(text, m.start(), m.end());
            if (end > m.start() && !isSignposting(text.substring(m.start(), end))) {
                out.add(new IdentifierHit(IdentifierKind.URL, m.start(), end, Confidence.HIGH));
            }
        }
    }

    /** A sentence's full stop or closing bracket after a link belongs to the sentence. */
    private static int trimTrailingPunctuation(String text, int start, int end) {
        while (end > start && ".,;:!?)]}'\"".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static boolean isSignposting(String url) {
        String host = url.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        int cut = indexOfAny(host, "/?#:");
        if (cut >= 0) {
            host = host.substring(0, cut);
        }
        for (String allowed : SIGNPOSTING) {
            if (host.equals(allowed) || host.endsWith("." + allowed)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
