package org.helplinelogbook.report;

import java.util.regex.Pattern;

/**
 * Defuses spreadsheet formula injection (CSV/XLSX): a text starting with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of
 * running it. A plain signed decimal such as {@code -12}, {@code +3%} or {@code -4.5%} is left alone: it cannot be a formula.
 * Every text cell of every exporter goes through {@link #text}.
 */
public final class FormulaGuard {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?%?");

    private FormulaGuard() {}

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }
}
