package org.helplinelogbook.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.helplinelogbook.security.CallerCodes;
import org.helplinelogbook.security.CodewordHashing;
import org.helplinelogbook.security.DataKey;

/**
 * What one codeword guess costs an attacker who holds the data key (any worker), before and after issue 20: the
 * keyed hash alone, then the keyed hash plus the slow hash with the production cost. One thread, as the issue's
 * attack. A guess is tried against every stored codeword at once (the salt is per logbook), so this is the cost of a
 * word-list attack per word.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:... org.helplinelogbook.bench.CodewordGuessExperiment [guesses]
 * </pre>
 */
public final class CodewordGuessExperiment {

    private CodewordGuessExperiment() {}

    public static void main(String[] args) {
        PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int slowGuesses = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        DataKey key = DataKey.generate();
        CodewordHashing hashing = CodewordHashing.parse(CodewordHashing.generate().encode());
        if (!hashing.meetsProductionFloor()) {
            throw new IllegalStateException("run without -Dhelplinelogbook.argon2.fast");
        }
        for (int i = 0; i < 20_000; i++) {
            CallerCodes.keyedHash(key, "warm" + i); // JIT
        }
        int fastGuesses = 200_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < fastGuesses; i++) {
            CallerCodes.keyedHash(key, "guess" + i);
        }
        double fastSeconds = (System.nanoTime() - t0) / 1e9;
        for (int i = 0; i < 3; i++) {
            CallerCodes.hash(key, hashing, "warm" + i);
        }
        t0 = System.nanoTime();
        for (int i = 0; i < slowGuesses; i++) {
            CallerCodes.hash(key, hashing, "guess" + i);
        }
        double slowSeconds = (System.nanoTime() - t0) / 1e9;
        log.printf("before (HMAC-SHA256 only): %,.0f guesses/s, %.4f ms per guess%n", fastGuesses / fastSeconds,
                fastSeconds * 1000 / fastGuesses);
        log.printf("after (HMAC + Argon2id m=%d KiB t=%d p=%d): %.1f guesses/s, %.1f ms per guess%n",
                hashing.params().memoryKiB(), hashing.params().iterations(), hashing.params().parallelism(),
                slowGuesses / slowSeconds, slowSeconds * 1000 / slowGuesses);
        log.printf("a 206,000-word list: before %.1f s, after %.1f h (one thread)%n", 206_000 * fastSeconds / fastGuesses,
                206_000 * slowSeconds / slowGuesses / 3600);
    }
}
