package org.helplinelogbook.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** IPv4 and IPv6 addresses, which police and platforms can resolve to a household. */
final class IpAddressDetector implements Detector {

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![\\w.])" + OCTET + "(?:\\." + OCTET + "){3}(?![\\w]|\\.\\d)");

    /** Loose shape only; {@link #validIpv6} does the real check so "14:05:30" is not an address. */
    private static final Pattern IPV6_CANDIDATE = Pattern.compile(
            "(?<![\\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})?(?![\\w:]|\\.\\d)");

    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final Pattern IPV4_ONLY = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        if (text.indexOf('.') >= 0) {
            Matcher m = IPV4.matcher(text);
            while (m.find()) {
                out.add(new IdentifierHit(IdentifierKind.IP_ADDRESS, m.start(), m.end(), Confidence.HIGH));
            }
        }
        if (text.indexOf(':') >= 0) {
            Matcher m = IPV6_CANDIDATE.matcher(text);
            while (m.find()) {
                if (validIpv6(m.group())) {
                    out.add(new IdentifierHit(IdentifierKind.IP_ADDRESS, m.start(), m.end(), Confidence.HIGH));
                }
            }
        }
    }

    /** RFC 4291 text form: eight groups, or fewer with exactly one "::"; optional dotted IPv4 tail. */
    static boolean validIpv6(String s) {
        int groupsForV4 = 0;
        int lastColon = s.lastIndexOf(':');
        if (s.indexOf('.') >= 0) {
            if (!IPV4_ONLY.matcher(s.substring(lastColon + 1)).matches()) {
                return false;
            }
            groupsForV4 = 2;
            s = s.substring(0, lastColon + 1);
            if (!s.endsWith("::")) {
                s = s.substring(0, s.length() - 1); // drop the separator before the IPv4 tail
            }
        }
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return false;
        }
        int groups;
        if (dbl < 0) {
            groups = countGroups(s);
            return groups >= 0 && groups + groupsForV4 == 8;
        }
        int left = countGroups(s.substring(0, dbl));
        int right = countGroups(s.substring(dbl + 2));
        if (left < 0 || right < 0) {
            return false;
        }
        groups = left + right;
        // At least two explicit groups: a bare "::" or "::1" in prose is more likely punctuation.
        return groups + groupsForV4 <= 7 && groups + groupsForV4 >= 2;
    }

    /** Number of colon-separated hex groups, 0 for empty, -1 when any group is malformed. */
    private static int countGroups(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        String[] parts = s.split(":", -1);
        for (String p : parts) {
            if (!HEX_GROUP.matcher(p).matches()) {
                return -1;
            }
        }
        return parts.length;
    }
}
