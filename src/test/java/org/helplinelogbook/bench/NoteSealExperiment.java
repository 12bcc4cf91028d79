package org.helplinelogbook.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.helplinelogbook.security.Aead;
import org.helplinelogbook.security.Hpke;
import org.helplinelogbook.security.NoteSeal;

/**
 * What sealing and opening one note costs before and after reading keys (issue 20), without the database: the
 * month key alone (AES-256-GCM) against a fresh secret sealed to the managers with HPKE (X25519) plus the author
 * copy, HKDF and the padded body. Medians over many runs, one thread.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:... org.helplinelogbook.bench.NoteSealExperiment
 * </pre>
 */
public final class NoteSealExperiment {

    private NoteSealExperiment() {}

    public static void main(String[] args) {
        PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        byte[] month = new byte[32];
        byte[] day = new byte[32];
        byte[][] pair = Hpke.generateKeyPair();
        byte[] text = "Caller worried about their own thoughts; talked through what helps them stay safe."
                .getBytes(StandardCharsets.UTF_8);
        byte[] aad = "contact|x|1|2026-12".getBytes(StandardCharsets.UTF_8);
        int runs = 2_000;
        double[] oldSeal = new double[runs];
        double[] newSeal = new double[runs];
        double[] oldOpen = new double[runs];
        double[] newOpen = new double[runs];
        for (int round = 0; round < 2; round++) { // the first round warms the JIT
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                byte[] sealed = Aead.seal(month, text, aad);
                long t1 = System.nanoTime();
                Aead.open(month, sealed, aad);
                long t2 = System.nanoTime();
                byte[] secret = new byte[32];
                byte[] forManagers = Hpke.seal(pair[1], aad, aad, secret);
                byte[] forAuthor = Aead.seal(day, secret, aad);
                byte[] key = NoteSeal.contentKey(month, secret, "2026-12");
                byte[] body = Aead.seal(key, NoteSeal.pad(text), aad);
                long t3 = System.nanoTime();
                byte[] s = Hpke.open(pair[0], pair[1], aad, aad, forManagers);
                NoteSeal.unpad(Aead.open(NoteSeal.contentKey(month, s, "2026-12"), body, aad));
                long t4 = System.nanoTime();
                oldSeal[i] = (t1 - t0) / 1e6;
                oldOpen[i] = (t2 - t1) / 1e6;
                newSeal[i] = (t3 - t2) / 1e6;
                newOpen[i] = (t4 - t3) / 1e6;
                if (forAuthor.length == 0) {
                    throw new IllegalStateException();
                }
            }
        }
        log.printf("seal: month key alone %.3f ms, reading keys %.3f ms (median)%n", median(oldSeal), median(newSeal));
        log.printf("open: month key alone %.3f ms, managers' copy %.3f ms (median)%n", median(oldOpen), median(newOpen));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
