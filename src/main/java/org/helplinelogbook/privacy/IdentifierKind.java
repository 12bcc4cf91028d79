package org.helplinelogbook.privacy;

/**
 * Kinds of caller-identifying detail the note editor warns about.
 *
 * <p>The token is what replaces the detail on redaction: it keeps the note readable ("rang from
 * [PHONE]") while removing the identifier; the label is the en-GB wording shown to workers.
 */
public enum IdentifierKind {
    PHONE("[PHONE]", "phone number"),
    EMAIL("[EMAIL]", "email address"),
    POSTCODE("[POSTCODE]", "postcode"),
    NI_NUMBER("[NI NUMBER]", "National Insurance number"),
    NHS_NUMBER("[NHS NUMBER]", "NHS number"),
    CHI_NUMBER("[CHI NUMBER]", "CHI number"),
    IP_ADDRESS("[IP ADDRESS]", "IP address"),
    URL("[URL]", "web address"),
    SOCIAL_HANDLE("[HANDLE]", "social media username"),
    DATE_OF_BIRTH("[DATE OF BIRTH]", "date of birth"),
    STREET_ADDRESS("[ADDRESS]", "street address"),
    NAME("[NAME]", "personal name"),
    SCHOOL("[SCHOOL OR GROUP]", "school, club or group"),
    WORKPLACE("[WORKPLACE]", "workplace"),
    VEHICLE_REG("[VEHICLE REG]", "vehicle registration"),
    PAYMENT_CARD("[CARD NUMBER]", "payment card number"),
    PASSPORT("[PASSPORT NUMBER]", "passport number"),
    BANK_ACCOUNT("[BANK DETAILS]", "bank sort code or account number");

    private final String token;
    private final String label;

    IdentifierKind(String token, String label) {
        this.token = token;
        this.label = label;
    }

    /** Replacement text used by {@link Redactor}, e.g. {@code [PHONE]}. */
    public String token() {
        return token;
    }

    /** Human-readable name in en-GB, lower case except for proper nouns, e.g. "phone number". */
    public String label() {
        return label;
    }
}
