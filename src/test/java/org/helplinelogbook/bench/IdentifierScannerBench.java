package org.helplinelogbook.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.helplinelogbook.privacy.IdentifierHit;
import org.helplinelogbook.privacy.IdentifierScanner;

/**
 * Latency of {@link IdentifierScanner#scan} on 2,000-character notes, the size the editor rescans on
 * every typing pause. A main rather than a test: timings on a shared CI box are not pass/fail material.
 *
 * <pre>
 * mvn -q test-compile
 * java -cp target/test-classes:target/classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     org.helplinelogbook.bench.IdentifierScannerBench
 * </pre>
 */
public final class IdentifierScannerBench {

    private static final int NOTE_LENGTH = 2_000;
    private static final int WARM_UP = 3_000;
    private static final int ITERATIONS = 5_000;

    private static final String[] BENIGN = {
        "Caller worried about viewing images of under-18s for 3 years, arrested in March, wife does not know. ",
        "Discussed safety plan, 40 min call. ",
        "Called at 14:05, son aged 15, rang 3 times this week, legal fees £30,000 since 2019. ",
        "Viewed around 1,500 images over 6 months; PHQ-9 score 19; urges 8/10. ",
        "Saw the #GetHelpOrGetCaught campaign on a bus and decided to call. ",
        "He stopped using Snapchat and Discord after the police visit on 12/03/2023. ",
    };
    private static final String[] IDENTIFYING = {
        "Rang from 07700 900123. ", "Email jo at example dot com. ", "Lives at Flat 3, 45 Leith Walk, EH6 8RG. ",
        "CHI 0101901232. ", "snap: jo_b_2001. ", "DOB 03/04/1987. ", "IP 192.0.2.4. ", "NI AB 12 34 56 C. ",
    };
    /** Issue 18's kinds, and text as pasted (no-break spaces, full-width digits). */
    private static final String[] CAPITALISED = {
        "Signposted to Breathing Space and NHS 24; Police Scotland visited on Tuesday in March. ",
        "Will call again on Monday. May need the Lucy Faithfull Foundation. He uses Snapchat and Discord. ",
        "Family in Glasgow and Aberdeen don't know; Hope and Grace were words he used about the future. ",
    };
    private static final String[] NEW_KINDS = {
        "Her grandson Oliver is at Trinity Academy. ", "Gregor Lindsay rang again. ", "reg SY21 ABC. ",
        "He works at the Asda in Leith. ", "seven seven zero zero nine zero zero four five six. ",
        "Mrs Okafor next door. ", "Ring 07700\u00a0900123. ", "Card 4111 1111 1111 1111. ",
    };

    private IdentifierScannerBench() {
    }

    public static void main(String[] args) {
        IdentifierScanner scanner = new IdentifierScanner();
        String benign = build(BENIGN, null);
        String mixed = build(BENIGN, IDENTIFYING);
        report("benign note", scanner, benign);
        report("note with 8 identifiers", scanner, mixed);
        report("capitalised benign note", scanner, build(CAPITALISED, null));
        report("note with 8 new kinds", scanner, build(CAPITALISED, NEW_KINDS));
    }

    private static void report(String name, IdentifierScanner scanner, String note) {
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += scanner.scan(note).size();
        }
        long[] nanos = new long[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            long t0 = System.nanoTime();
            List<IdentifierHit> hits = scanner.scan(note);
            nanos[i] = System.nanoTime() - t0;
            sink += hits.size();
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-24s %d chars, %d hits, %d runs: min %.3f ms, median %.3f ms, p99 %.3f ms, max %.3f ms (sink %d)%n",
                name, note.length(), scanner.scan(note).size(), ITERATIONS, ms(nanos[0]), ms(nanos[ITERATIONS / 2]),
                ms(nanos[(int) (ITERATIONS * 0.99)]), ms(nanos[ITERATIONS - 1]), sink);
    }

    /** Cycles through the sentences (interleaving identifiers if given) up to exactly NOTE_LENGTH chars. */
    private static String build(String[] benign, String[] identifying) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < NOTE_LENGTH; i++) {
            sb.append(benign[i % benign.length]);
            if (identifying != null && i < identifying.length) {
                sb.append(identifying[i]);
            }
        }
        return sb.substring(0, NOTE_LENGTH);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
