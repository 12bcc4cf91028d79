package org.helplinelogbook.privacy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers said aloud and typed as words: "seven seven zero zero nine zero zero four five six", "oh seven double
 * seven...", "0 7 7 0 0 nine hundred"... Seven or more spoken digits read as a phone number.
 */
final class SpokenNumberDetector implements Detector {

    private static final String DIGIT_WORD = "(?:zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine"
            + "|double|treble|triple|\\d{1,4})";
    private static final Pattern RUN = Pattern.compile("(?i)(?<![\\p{L}\\d])" + DIGIT_WORD + "(?:[\\s,.-]+" + DIGIT_WORD + "){3,}(?![\\p{L}\\d])");

    @Override
    public void detect(String text, List<IdentifierHit> out) {
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            String[] words = m.group().toLowerCase(Locale.ROOT).split("[\\s,.-]+");
            int digits = 0;
            int spoken = 0;
            int multiplier = 1;
            for (String w : words) {
                switch (w) {
                    case "double" -> { multiplier = 2; spoken++; continue; }
                    case "treble", "triple" -> { multiplier = 3; spoken++; continue; }
                    default -> { }
                }
                if (Character.isDigit(w.charAt(0))) {
                    digits += w.length() * multiplier;
                } else {
                    digits += multiplier;
                    spoken++;
                }
                multiplier = 1;
            }
            // Trailing "double"/"treble" with nothing after would be an odd end: trim to the last digit.
            int end = m.end();
            String group = m.group().toLowerCase(Locale.ROOT);
            if (group.endsWith("double") || group.endsWith("treble") || group.endsWith("triple")) {
                end = m.start() + group.lastIndexOf(' ');
            }
            if (digits >= 7 && spoken >= 3) {
                out.add(new IdentifierHit(IdentifierKind.PHONE, m.start(), end, Confidence.HIGH));
            }
        }
    }
}
