package org.helplinelogbook.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierScannerTest {

    private static final IdentifierScanner SCANNER = new IdentifierScanner();

    /** Asserts that {@code note} yields exactly one hit, of {@code kind}, covering exactly {@code identifier}. */
    private static IdentifierHit assertSingle(String note, String identifier, IdentifierKind kind) {
        List<IdentifierHit> hits = SCANNER.scan(note);
        assertThat(hits).as("hits in: %s", note).hasSize(1);
        IdentifierHit hit = hits.get(0);
        assertThat(hit.kind()).as("kind in: %s", note).isEqualTo(kind);
        assertThat(note.substring(hit.start(), hit.end())).as("span in: %s", note).isEqualTo(identifier);
        return hit;
    }

    private static String note(String identifier) {
        return "Caller gave " + identifier + " before I could stop him. 20 min call.";
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "07700-900-123", "+44 7700 900456", "+447700900456",
            "+44 (0)7700 900456", "0131 496 0123", "(0131) 496 0123", "01314960123", "020 7946 0999",
            "+44 20 7946 0001", "0161 496 0000", "0113 496 0500", "0191 498 0321", "01632 960123", "0044 141 496 0777"})
    void findsUkPhoneNumbersIncludingOfcomDramaRanges(String phone) {
        assertThat(assertSingle(note(phone), phone, IdentifierKind.PHONE).confidence()).isEqualTo(Confidence.HIGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jo.bloggs@example.com", "Sample_User27@Example.ORG", "j.smith+help@mail.example.net",
            "jo at example dot com", "jo (at) example (dot) com", "name (at) example (dot) co (dot) uk",
            "jsmith [at] example [dot] org", "anon99 AT example DOT net", "jo dot bloggs at example dot com"})
    void findsEmailsIncludingSpokenForms(String email) {
        assertThat(assertSingle(note(email), email, IdentifierKind.EMAIL).confidence()).isEqualTo(Confidence.HIGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EH1 1AA", "G2 4JR", "SW1A 1AA", "M1 1AE", "AB10 1XG", "W1A 0AX", "EC1A 1BB"})
    void findsSpacedUpperCasePostcodesWithHighConfidence(String postcode) {
        String note = "Caller mentioned " + postcode + " when asking for local groups.";
        assertThat(assertSingle(note, postcode, IdentifierKind.POSTCODE).confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void unspacedPostcodeWithoutContextIsOnlyAWarning() {
        assertThat(assertSingle("Caller mentioned EH11AA twice.", "EH11AA", IdentifierKind.POSTCODE).confidence())
                .isEqualTo(Confidence.LOW);
        assertThat(assertSingle("His postcode is eh11aa.", "eh11aa", IdentifierKind.POSTCODE).confidence())
                .isEqualTo(Confidence.HIGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"QV1 1AA", "EI1 1AA", "EH1 1CA", "XY1 1AA"})
    void rejectsTokensBreakingPostcodeLetterRules(String notAPostcode) {
        assertThat(SCANNER.scan("Reference " + notAPostcode + " on the form.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB 12 34 56 C", "AB123456C", "ce 12 90 45 d", "JT-48-61-72-A", "NE 112233 D"})
    void findsNationalInsuranceNumbers(String nino) {
        assertThat(assertSingle(note(nino), nino, IdentifierKind.NI_NUMBER).confidence()).isEqualTo(Confidence.HIGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"QQ123456C", "GB123456A", "DA123456A", "AB123456E"})
    void rejectsInvalidNationalInsurancePrefixesAndSuffixes(String notNino) {
        assertThat(SCANNER.scan(note(notNino))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5919", "9434765919", "943-476-5919"})
    void findsCheckDigitValidNhsNumbers(String nhs) {
        assertThat(assertSingle(note(nhs), nhs, IdentifierKind.NHS_NUMBER).confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void tenDigitNumberFailingCheckDigitIsIgnoredWithoutContextAndWeakWithIt() {
        assertThat(SCANNER.scan("Order 9434765918 arrived.")).isEmpty();
        assertThat(assertSingle("NHS number 943 476 5918 given.", "943 476 5918", IdentifierKind.NHS_NUMBER).confidence())
                .isEqualTo(Confidence.LOW);
    }

    @Test
    void chiNumberNeedsValidDateAndCheckDigit() {
        // 010190 + 123 + check digit 2 (mod 11): a real-date prefix reads as CHI on a Scottish line.
        assertThat(CheckDigits.mod11("0101901232")).isTrue();
        assertThat(assertSingle(note("0101901232"), "0101901232", IdentifierKind.CHI_NUMBER).confidence())
                .isEqualTo(Confidence.HIGH);
        assertThat(assertSingle(note("010190 1232"), "010190 1232", IdentifierKind.CHI_NUMBER).confidence())
                .isEqualTo(Confidence.HIGH);
        assertThat(assertSingle("His CHI is 3213901234 apparently.", "3213901234", IdentifierKind.CHI_NUMBER).confidence())
                .isEqualTo(Confidence.LOW);
    }

    @Test
    void nearestCueDecidesBetweenNhsAndChi() {
        List<IdentifierHit> hits = SCANNER.scan("NHS 943 476 5919, CHI 0101901232.");
        assertThat(hits).extracting(IdentifierHit::kind)
                .containsExactly(IdentifierKind.NHS_NUMBER, IdentifierKind.CHI_NUMBER);
    }

    @Test
    void cueWordsMatchWholeWordsOnly() {
        // "chinese" must not act as a CHI cue (Presidio #1061: substring context matches).
        assertThat(SCANNER.scan("Order from the chinese takeaway, ref 3213901234.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.10", "198.51.100.255", "203.0.113.7", "2001:db8::1", "2001:DB8::FF00:42",
            "2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:db8:85a3::8a2e:370:7334", "::ffff:192.0.2.128"})
    void findsIpAddresses(String ip) {
        assertThat(assertSingle(note(ip), ip, IdentifierKind.IP_ADDRESS).confidence()).isEqualTo(Confidence.HIGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"14:05:30", "00:1A:2B:3C:4D:5E", "256.1.1.1", "1:2:3"})
    void rejectsTimesMacsAndOutOfRangeAddresses(String notIp) {
        assertThat(SCANNER.scan("Logged " + notIp + " on the sheet.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/profile/jo", "http://example.org/t/1187", "www.example.com/u/quietfox",
            "example.net/u/sample", "forum.example.org", "https://www.example.com/watch?v=abc123"})
    void findsUrls(String url) {
        assertThat(assertSingle("He posted on " + url + ". Discussed risks.", url, IdentifierKind.URL).confidence())
                .isEqualTo(Confidence.HIGH);
    }

    @Test
    void signpostingSitesAreNotFlagged() {
        assertThat(SCANNER.scan("Signposted to stopitnow.org.uk and https://www.nhsinform.scot/mental-health.")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Teen messaged him as @sample_user27 on there.|@sample_user27",
            "snap: jo_b_2001 was the account.|jo_b_2001",
            "insta: sample.user - now deleted.|sample.user",
            "His snapchat name is quietfox88.|quietfox88",
            "Found tiktok @night.owl.22 on his phone.|@night.owl.22",
            "He uses discord greyheron#4821 most nights.|greyheron#4821",
            "Added her on snapchat as lostlad19.|lostlad19"})
    void findsSocialHandles(String note, String handle) {
        assertThat(assertSingle(note, handle, IdentifierKind.SOCIAL_HANDLE).confidence()).isEqualTo(Confidence.HIGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"His snapchat is deleted now.", "He used Snapchat and Discord a lot.",
            "Snapchat: he said he stopped using it.", "Meet @ home after 6.", "Campaign #GetHelpOrGetCaught on trains."})
    void platformMentionsWithoutAUsernameAreNotHandles(String note) {
        assertThat(SCANNER.scan(note)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He was born on 3 April 1987, he said.|3 April 1987",
            "DOB: 03/04/1987 given.|03/04/1987",
            "Letter said d.o.b. 1987-04-03.|1987-04-03",
            "His birthday is 3rd April.|3rd April",
            "Date of birth 3/4/87 on the form.|3/4/87",
            "Read out 12/05/1990 (DOB) from licence.|12/05/1990",
            "Born Mar 3, 1980 in Fife.|Mar 3, 1980"})
    void findsDatesOfBirthNearABirthCue(String note, String date) {
        assertThat(assertSingle(note, date, IdentifierKind.DATE_OF_BIRTH).confidence()).isEqualTo(Confidence.HIGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Arrested on 03/04/2019 at home.", "Born in Glasgow. Arrested 03/04/2019.",
            "Son born 2010, police visit 03/04/2019.", "Court on 14 June 2024 at 10am."})
    void otherDatesAreNotDatesOfBirth(String note) {
        assertThat(SCANNER.scan(note)).noneMatch(h -> h.confidence() == Confidence.HIGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 Rose Street", "Flat 3, 45 Leith Walk", "221b Baker St", "14 Elm Grove",
            "Flat 2/1, 18 Kelvin Drive", "3 Thistle Wynd", "102 Station Road", "63 Queen Margaret Drive"})
    void findsHouseNumberPlusStreet(String address) {
        assertThat(assertSingle("Police came to " + address + " in March.", address, IdentifierKind.STREET_ADDRESS)
                .confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void lowerCaseStreetNeedsAnAddressCue() {
        assertSingle("He lives at 4 rowan brae now.", "4 rowan brae", IdentifierKind.STREET_ADDRESS);
        assertThat(SCANNER.scan("Spent 3 hours walking the street. Has 2 Sheriff Court dates.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Caller worried about viewing images of under-18s for 3 years, arrested in March, wife does not know. Discussed safety plan, 40 min call.",
            "Called at 14:05 for 20 minutes; son aged 15; rang 3 times; legal fees £30,000 since 2019.",
            "Arrested 12/03/2023, bail until 14.06.2024, court at 09:30.",
            "Viewed around 1,500 images over 6 months, Cat A/B/C. PHQ-9 score 19.",
            "Saw the #GetHelpOrGetCaught campaign on a bus, 2nd call this week.",
            "GUID on the police form was 3f2504e0-4f89-11d3-9a0c-0305e82c3301.",
            "He is at home most days and looked at images at night.",
            "Urges 8/10, sleep 4.5 hrs, drinks 3-4 cans, 24/7 online at worst."})
    void ordinaryHelplineNotesAreNotFlagged(String note) {
        assertThat(SCANNER.scan(note)).as(note).isEmpty();
    }

    @Test
    void hitsAreSortedAndDoNotOverlap() {
        String note = "Email jo.bloggs@example.com, mob 07700 900123, lives at 12 Rose Street, EH1 1AA, IP 192.0.2.4.";
        List<IdentifierHit> hits = SCANNER.scan(note);
        assertThat(hits).extracting(IdentifierHit::kind).containsExactly(IdentifierKind.EMAIL, IdentifierKind.PHONE,
                IdentifierKind.STREET_ADDRESS, IdentifierKind.POSTCODE, IdentifierKind.IP_ADDRESS);
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).start()).isGreaterThanOrEqualTo(hits.get(i - 1).end());
        }
    }

    @Test
    void emptyAndBlankTextHaveNoHits() {
        assertThat(SCANNER.scan("")).isEmpty();
        assertThat(SCANNER.scan("   \n")).isEmpty();
    }

    @Test
    void redactionReplacesHitsWithTokensAndKeepsTheRestIntact() {
        String note = "Rang from 07700 900123, email jo at example dot com. Lives at Flat 3, 45 Leith Walk, EH6 8RG. 40 min.";
        String redacted = Redactor.redact(note, SCANNER.scan(note));
        assertThat(redacted).isEqualTo("Rang from [PHONE], email [EMAIL]. Lives at [ADDRESS], [POSTCODE]. 40 min.");
    }

    @Test
    void singleHitRedactionLeavesOtherIdentifiersAlone() {
        String note = "DOB 03/04/1987, NI AB 12 34 56 C.";
        List<IdentifierHit> hits = SCANNER.scan(note);
        assertThat(Redactor.redact(note, hits.get(1))).isEqualTo("DOB 03/04/1987, NI [NI NUMBER].");
        assertThat(Redactor.redact(note, hits)).isEqualTo("DOB [DATE OF BIRTH], NI [NI NUMBER].");
    }

    @Test
    void redactorMergesOverlappingHitsAndRejectsOutOfRangeOnes() {
        String text = "abcdefghij";
        List<IdentifierHit> overlapping = List.of(new IdentifierHit(IdentifierKind.URL, 2, 6, Confidence.HIGH),
                new IdentifierHit(IdentifierKind.EMAIL, 4, 8, Confidence.HIGH));
        assertThat(Redactor.redact(text, overlapping)).isEqualTo("ab[URL]ij");
        assertThatThrownBy(() -> Redactor.redact(text, new IdentifierHit(IdentifierKind.URL, 5, 11, Confidence.LOW)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdentifierHit(IdentifierKind.URL, 3, 3, Confidence.LOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokensAndLabelsAreEnGb() {
        assertThat(IdentifierKind.NI_NUMBER.token()).isEqualTo("[NI NUMBER]");
        assertThat(IdentifierKind.SOCIAL_HANDLE.token()).isEqualTo("[HANDLE]");
        assertThat(IdentifierKind.STREET_ADDRESS.token()).isEqualTo("[ADDRESS]");
        assertThat(IdentifierKind.DATE_OF_BIRTH.token()).isEqualTo("[DATE OF BIRTH]");
        assertThat(IdentifierKind.PHONE.label()).isEqualTo("phone number");
        assertThat(IdentifierKind.POSTCODE.label()).isEqualTo("postcode");
    }

    @Test
    void scannerIsSafeToShareAcrossThreads() throws Exception {
        String note = "Mob 07700 900123, jo@example.com, CHI 0101901232, 12 Rose Street.";
        List<IdentifierHit> expected = SCANNER.scan(note);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> task = () -> {
                for (int i = 0; i < 200; i++) {
                    if (!SCANNER.scan(note).equals(expected)) {
                        return false;
                    }
                }
                return true;
            };
            List<Future<Boolean>> results = pool.invokeAll(List.of(task, task, task, task));
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
