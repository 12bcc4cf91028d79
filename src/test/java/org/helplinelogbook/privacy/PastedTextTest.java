package org.helplinelogbook.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Text as people paste it: identifiers with odd spaces, dashes and digits are caught, and marked where they are. */
class PastedTextTest {

    private static final IdentifierScanner SCANNER = new IdentifierScanner();

    private static void assertCaught(String note, String identifier, IdentifierKind kind) {
        List<IdentifierHit> hits = SCANNER.scan(note);
        assertThat(hits).as("hits in: %s", note.codePoints().mapToObj(c -> c < 128 ? String.valueOf((char) c)
                : String.format("\\u%04x", c)).reduce("", String::concat)).isNotEmpty();
        IdentifierHit hit = hits.stream().filter(h -> h.kind() == kind).findFirst().orElseThrow(
                () -> new AssertionError("no " + kind + " in " + note + ": " + hits));
        assertThat(note.substring(hit.start(), hit.end())).isEqualTo(identifier);
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700\u00a0900123", "07700\u2009900123", "07700\u202f900123", "07700\u200b900123",
            "07700\u2013900\u2013123", "07700\u2212900123", "\uff10\uff17\uff17\uff10\uff10 \uff19\uff10\uff10\uff11\uff12\uff13",
            "\u0660\u0667\u0667\u0660\u0660 \u0669\u0660\u0660\u0661\u0662\u0663", "07700\u3000900123",
            "07700\u00ad900123", "0131\u00a0496\u00a00000", "\u0966\u096d\u096d\u0966\u0966 \u096f\u0966\u0966\u0967\u0968\u0969",
            "07700  900123"})
    void phoneNumbersWithPastedSpacesDashesAndDigitsAreCaughtExactly(String phone) {
        assertCaught("Caller gave " + phone + " before I could stop him.", phone, IdentifierKind.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EH1\u00a01AB", "EH1  1AB", "EH1-1AB", "EH1\u20091AB", "\uff25\uff28\uff11 \uff11\uff21\uff22"})
    void postcodesWithPastedSpacesAreCaught(String postcode) {
        assertCaught("Caller mentioned " + postcode + " when asking for local groups.", postcode, IdentifierKind.POSTCODE);
    }

    @Test
    void addressWithANoBreakSpaceIsCaught() {
        assertCaught("She lives at 14\u00a0Glenview Crescent now.", "14\u00a0Glenview Crescent", IdentifierKind.STREET_ADDRESS);
    }

    @CsvSource(delimiter = '|', value = {
            "ab10 1xg is where she lives|ab10 1xg|POSTCODE",
            "steam: jaybee99 is where they talk|jaybee99|SOCIAL_HANDLE",
            "His snapchat username jay.b was given|jay.b|SOCIAL_HANDLE",
            "He was b. 03/04/1988 in Fife|03/04/1988|DATE_OF_BIRTH",
            "DOB 03041988 given by caller|03041988|DATE_OF_BIRTH",
            "Son lives at 14 Canongate with his gran|14 Canongate|STREET_ADDRESS"})
    @ParameterizedTest
    void formsMissedBeforeAreCaught(String note, String identifier, IdentifierKind kind) {
        assertCaught(note, identifier, kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gave him our number 0808 1000 900 for next time.", "Told her about Childline, 0800 1111.",
            "Samaritans on 116 123 any time.", "NHS 24 on 111 if he feels unwell overnight.",
            "If in danger ring 999, or 101 for the police.", "Breathing Space 0800 83 85 87 in the evenings."})
    void publicServiceNumbersAreNotIdentifiers(String note) {
        assertThat(SCANNER.scan(note)).as(note).isEmpty();
    }

    @CsvSource(delimiter = '|', value = {
            "Born 3rd May '88 in Dundee.|Born [DATE OF BIRTH] in Dundee.",
            "Mail mary underscore smith at example dot com today|Mail [EMAIL] today",
            "Ring 0131 496 0000/0124 after six|Ring [PHONE] after six"})
    @ParameterizedTest
    void redactionRemovesTheWholeIdentifierWithItsPieces(String note, String redacted) {
        assertThat(Redactor.redact(note, SCANNER.scan(note))).isEqualTo(redacted);
    }
}
