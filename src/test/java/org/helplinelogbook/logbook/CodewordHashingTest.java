package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.security.Argon2Params;
import org.helplinelogbook.security.CallerCodeHasher;
import org.helplinelogbook.security.CallerCodes;
import org.helplinelogbook.security.CodewordHashing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Codewords are stored as a slow hash salted by the logbook over the keyed hash: a worker, who holds the data key,
 * can no longer test a word list against the stored values at HMAC speed. Codewords stored before the slow layer
 * are upgraded without knowing them, and every count stays exact while the upgrade is half done.
 */
class CodewordHashingTest {

    static final ZoneId ZONE = ZoneId.of("Europe/London");

    @TempDir
    Path dir;

    static ContactDraft withCode(String code, int minutesAgo) {
        return new ContactDraft(LocalDateTime.now(ZONE).withNano(0).minusMinutes(minutesAgo), 300, "phone",
                "at_risk", List.of("sexual_thoughts"), List.of("concerns_clarified"), "police", null, code);
    }

    static List<String> stored(Logbook logbook) {
        return logbook.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT caller_code_hash FROM contact WHERE caller_code_hash IS NOT NULL").mapTo(String.class).list());
    }

    @Test
    void aSavedCodewordIsStoredInTheSlowFormAndRecognised() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            logbook.contacts().save(withCode("Blue Rabbit 7", 10));
            assertThat(stored(logbook)).singleElement().satisfies(v -> {
                assertThat(v).startsWith(CallerCodes.SLOW_PREFIX).hasSize(63);
                assertThat(CallerCodes.isLegacy(v)).isFalse();
            });
            assertThat(logbook.contacts().earlierContactsWithCode("  blue rabbit 7")).isEqualTo(1);
            assertThat(logbook.contacts().earlierContactsWithCode("blue rabbit 8")).isZero();
            assertThat(logbook.settings().get(LogbookSettings.CALLER_CODE_HASHING, null)).startsWith("v1;");
        }
    }

    @Test
    void theSaltBelongsToTheLogbookSoTheSameCodewordDiffersBetweenLogbooks() {
        String a;
        String b;
        try (Logbook one = TestLogbooks.createWithWorker(dir.resolve("one"))) {
            one.contacts().save(withCode("blue rabbit", 1));
            a = stored(one).get(0);
        }
        try (Logbook two = TestLogbooks.createWithWorker(dir.resolve("two"))) {
            two.contacts().save(withCode("blue rabbit", 1));
            b = stored(two).get(0);
        }
        assertThat(a).isNotEqualTo(b);
    }

    /** An old logbook's codewords, as V1 stored them: the keyed hash alone. */
    static void makeLegacy(Logbook logbook, List<String> codes) {
        for (String code : codes) {
            CallerCodeHasher.Hashes h = logbook.codes().hash(code);
            logbook.database().jdbi().useHandle(x -> x.createUpdate(
                    "UPDATE contact SET caller_code_hash = :k WHERE caller_code_hash = :s")
                    .bind("k", h.keyed()).bind("s", h.slow()).execute());
        }
    }

    @Test
    void legacyCodewordsAreUpgradedWithoutKnowingThemAndCountsStayExactThroughout() {
        List<String> codes = List.of("apple", "pear", "plum", "fig");
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            List<ContactDraft> drafts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                drafts.add(withCode(codes.get(i % codes.size()), 100 + i));
            }
            logbook.contacts().saveAll(drafts, "import");
            makeLegacy(logbook, codes);
            assertThat(stored(logbook)).allMatch(CallerCodes::isLegacy);
            assertThat(logbook.contacts().earlierContactsWithCode("apple")).isEqualTo(3);

            // A returning caller saved before the upgrade ran: that codeword's old rows move with the save.
            logbook.contacts().save(withCode("Apple", 1));
            assertThat(logbook.contacts().earlierContactsWithCode("apple")).isEqualTo(4);
            assertThat(distinct(logbook)).isEqualTo(4);
            assertThat(stored(logbook)).filteredOn(CallerCodes::isLegacy).hasSize(9);

            int upgraded = logbook.codes().upgradeLegacy();
            assertThat(upgraded).isEqualTo(3);
            assertThat(stored(logbook)).noneMatch(CallerCodes::isLegacy).hasSize(13);
            assertThat(distinct(logbook)).isEqualTo(4);
            for (String code : codes) {
                assertThat(logbook.contacts().earlierContactsWithCode(code)).isEqualTo(code.equals("apple") ? 4 : 3);
            }
            assertThat(logbook.codes().upgradeLegacy()).isZero();
        }
    }

    static long distinct(Logbook logbook) {
        return new HashSet<>(stored(logbook)).size();
    }

    /**
     * The attack of issue 20: a worker with the data key tries a word list against the stored codewords with the
     * keyed hash, which took 7.75 s for 960 of 960 codewords. Now the stored values match no keyed hash at all, and
     * each guess needs the slow hash, whose production cost is checked here.
     */
    @Test
    void aWorkersWordListAtHmacSpeedRecoversNoCodeword() {
        List<String> secret = List.of("sunflower", "rainbow42", "tiger", "mango", "sparkle");
        try (Logbook manager = TestLogbooks.createWithWorker(dir)) {
            int i = 0;
            for (String code : secret) {
                manager.contacts().save(withCode(code, ++i));
            }
        }
        List<String> wordList = new ArrayList<>();
        for (int n = 0; n < 2000; n++) {
            wordList.add("word" + n);
        }
        wordList.addAll(secret);
        try (Logbook worker = TestLogbooks.openAsWorker(dir)) {
            Set<String> values = new HashSet<>(stored(worker));
            long found = wordList.stream().map(w -> CallerCodes.keyedHash(worker.key(), w)).filter(values::contains)
                    .count();
            assertThat(found).isZero();
            // The values are Argon2id outputs: without the logbook's salt and cost, no fast hash reproduces them.
            assertThat(values).allSatisfy(v -> assertThat(v).startsWith(CallerCodes.SLOW_PREFIX));
        }
    }

    @Test
    void productionLogbooksUseTheFullCost() {
        String fast = System.getProperty(Argon2Params.FAST_PROPERTY);
        System.clearProperty(Argon2Params.FAST_PROPERTY);
        try {
            CodewordHashing hashing = CodewordHashing.generate();
            assertThat(hashing.meetsProductionFloor()).isTrue();
            assertThat(hashing.params()).isEqualTo(CodewordHashing.DEFAULT);
            assertThat(CodewordHashing.parse(hashing.encode()).params()).isEqualTo(hashing.params());
        } finally {
            if (fast != null) {
                System.setProperty(Argon2Params.FAST_PROPERTY, fast);
            }
        }
    }
}
