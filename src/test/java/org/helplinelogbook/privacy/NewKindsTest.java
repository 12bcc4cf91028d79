package org.helplinelogbook.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The kinds added for identifiers people really write (issue 18), including the issue's own examples. */
class NewKindsTest {

    private static final IdentifierScanner SCANNER = new IdentifierScanner();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Worried his grandson Oliver has seen the pictures|Oliver|NAME",
            "the woman next door, Mrs Okafor, saw him|Mrs Okafor|NAME",
            "Gregor Lindsay rang again|Gregor Lindsay|NAME",
            "her ex Darren Mackay was charged|Darren Mackay|NAME",
            "Darren rang back after the call dropped|Darren|NAME",
            "Oliver's dad found the messages|Oliver's|NAME",
            "Daughter J.S., 14, told a teacher|J.S.|NAME",
            "his son oliver is 12|oliver|NAME",
            "a girl called Hope at the club|Hope|NAME",
            "His wife Grace doesn't know|Grace|NAME",
            "Her daughter is at Trinity Academy|Trinity Academy|SCHOOL",
            "he helps out at Gylemuir Primary|Gylemuir Primary|SCHOOL",
            "Son is at Our Lady's High School|Our Lady's High School|SCHOOL",
            "takes her to 3rd Dunfermline Brownies on Mondays|3rd Dunfermline Brownies|SCHOOL",
            "runs the under-10s at Tynecastle Boys Club|Tynecastle Boys Club|SCHOOL",
            "He stacks shelves at the Asda in Leith|Asda in Leith|WORKPLACE",
            "He is a caretaker at Braid Hills Hotel|Braid Hills Hotel|WORKPLACE",
            "reg SY21 ABC, a silver Corsa|SY21 ABC|VEHICLE_REG",
            "an old Fiesta, P123 KLM|P123 KLM|VEHICLE_REG",
            "the car was ABC 123D|ABC 123D|VEHICLE_REG",
            "his number is seven seven zero zero nine zero zero four five six|seven seven zero zero nine zero zero four five six|PHONE",
            "Paid with card 4111 1111 1111 1111 yesterday|4111 1111 1111 1111|PAYMENT_CARD",
            "his passport number is 123456784|123456784|PASSPORT",
            "sort code 12-34-56 please|12-34-56|BANK_ACCOUNT",
            "account number 12345678 was given|12345678|BANK_ACCOUNT",
            "write to jo (at) example (dot) co (dot) uk|jo (at) example (dot) co (dot) uk|EMAIL"})
    void findsTheNewKinds(String note, String identifier, IdentifierKind kind) {
        List<IdentifierHit> hits = SCANNER.scan(note);
        assertThat(hits).as(note).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo(kind);
            assertThat(note.substring(h.start(), h.end())).isEqualTo(identifier);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Will call back on Monday.", "May need a referral to Breathing Space.",
            "Hope was expressed that things would improve.", "Grace period on the loan ends in March.",
            "Mark the date for the hearing.", "Bill from the solicitor arrived on Friday.",
            "Rose early and couldn't settle.", "Frank conversation about his use of TikTok.",
            "Sunny day, so he went for a walk.", "Signposted to the Lucy Faithfull Foundation and Stop It Now.",
            "Spoke to Childline and Samaritans about it. Police Scotland visited on Tuesday.",
            "He works in Glasgow and sometimes in retail.", "His son goes to the local primary school.",
            "Card payment of £250 on Friday.", "Lives in Edinburgh, moved from Aberdeen in June.",
            "St Andrew's Day was when the police came.", "He uses Snapchat, Discord and Roblox."})
    void everydayWordsServicesAndPlacesAreNotIdentifiers(String note) {
        assertThat(SCANNER.scan(note)).as(note).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1112", "1234 5678 9012 3456"})
    void cardNumbersMustPassTheLuhnCheck(String number) {
        assertThat(SCANNER.scan("Paid with " + number + " yesterday")).noneMatch(h -> h.kind() == IdentifierKind.PAYMENT_CARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"She lives on Mill Lane in Kinross."})
    void aStreetWithoutANumberIsAPossibleHit(String note) {
        assertThat(SCANNER.scan(note)).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(IdentifierKind.STREET_ADDRESS);
            assertThat(h.confidence()).isEqualTo(Confidence.LOW);
        });
    }
}
