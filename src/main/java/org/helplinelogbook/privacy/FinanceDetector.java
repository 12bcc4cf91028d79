package org.helplinelogbook.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment cards (13 to 19 digits passing the Luhn check), passport numbers near the word "passport", and bank
 * sort codes and account numbers. Callers read these out when being blackmailed or when asking about a payment.
 */
final class FinanceDetector implements Detector {

    private static final Pattern CARD = Pattern.compile("(?<![\\w-])[3-6]\\d{3}(?:[ -]?\\d{4}){2}[ -]?\\d{1,7}(?![\\w-])");

    private static final Pattern PASSPORT = Pattern.compile(
            "(?i)\\bpassport\\b(?:\\s+(?:number|no\\.?|num|#))?\\s*[,:-]?\\s*(?:is|was)?\\s*[,:-]?\\s*(?<n>[A-Z]{0,2}\\d{6,9})\\b");

    private static final Pattern SORT_CODE = Pattern.compile("(?<![\\w-])\\d{2}-\\d{2}-\\d{2}(?![\\w-])|(?<![\\w-])\\d{2} \\d{2} \\d{2}(?![\\w-]| \\d)");
    private static final Pattern SORT_CUE = Pattern.compile("(?i)\\b(?:sort\\s*code|s/c|bank|account|acc|a/c)\\b");
    private static final Pattern ACCOUNT = Pattern.compile(
            "(?i)\\b(?:account|acc|a/c|acct)(?:\\s+(?:number|no\\.?|num))?\\s*[,:-]?\\s*(?:is|was)?\\s*[,:-]?\\s*(?<n>\\d{8})\\b");

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        if (!hasDigits(text, 6)) {
            return;
        }
        Matcher c = CARD.matcher(text);
        while (c.find()) {
            String digits = c.group().replaceAll("[ -]", "");
            if (digits.length() >= 13 && digits.length() <= 19 && luhn(digits)) {
                out.add(new IdentifierHit(IdentifierKind.PAYMENT_CARD, c.start(), c.end(), Confidence.HIGH));
            }
        }
        Matcher p = PASSPORT.matcher(text);
        while (p.find()) {
            out.add(new IdentifierHit(IdentifierKind.PASSPORT, p.start("n"), p.end("n"), Confidence.HIGH));
        }
        Matcher s = SORT_CODE.matcher(text);
        while (s.find()) {
            if (Context.before(text, s.start(), 30, SORT_CUE) || Context.after(text, s.end(), 30, SORT_CUE)) {
                out.add(new IdentifierHit(IdentifierKind.BANK_ACCOUNT, s.start(), s.end(), Confidence.HIGH));
            }
        }
        Matcher a = ACCOUNT.matcher(text);
        while (a.find()) {
            out.add(new IdentifierHit(IdentifierKind.BANK_ACCOUNT, a.start("n"), a.end("n"), Confidence.HIGH));
        }
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static boolean hasDigits(String text, int n) {
        int count = 0;
        for (int i = 0; i < text.length() && count < n; i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                count++;
            }
        }
        return count >= n;
    }
}
