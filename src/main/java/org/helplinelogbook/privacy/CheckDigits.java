package org.helplinelogbook.privacy;

/** Check-digit and date rules shared by NHS and CHI numbers. */
final class CheckDigits {

    private CheckDigits() {
    }

    /**
     * NHS/CHI modulus 11: weights 10..2 over the first nine digits; check = 11 - (sum mod 11), where
     * 11 means 0 and 10 means the number is never issued. Only ~1 in 11 arbitrary ten-digit numbers
     * pass, which is what keeps order and reference numbers from being flagged.
     */
    static boolean mod11(String tenDigits) {
        if (tenDigits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == tenDigits.charAt(9) - '0';
    }

    /** True when the first six digits are a real DDMMYY date (any century), as in a CHI number. */
    static boolean ddmmyy(String digits) {
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int year = Integer.parseInt(digits.substring(4, 6));
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        // Century unknown: treat "00" as a leap year (2000), which is the permissive choice.
        boolean leap = year % 4 == 0;
        int[] days = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return day <= days[month - 1];
    }
}
