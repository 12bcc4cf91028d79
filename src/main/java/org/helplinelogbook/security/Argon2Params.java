package org.helplinelogbook.security;

/**
 * Argon2id cost parameters. New slots use {@link #DEFAULT} (RFC 9106's second recommended option, as used by
 * Bitwarden); a slot that is loaded is opened with the parameters stored in it, so they can be raised later
 * without locking anybody out.
 */
public record Argon2Params(int memoryKiB, int iterations, int parallelism) {

    /** Production floor: 64 MiB, 3 passes, 4 lanes. */
    public static final Argon2Params DEFAULT = new Argon2Params(65536, 3, 4);

    /** Set to {@code true} by the test suite only, so that tests creating many slots stay fast. */
    public static final String FAST_PROPERTY = "helplinelogbook.argon2.fast";

    static final Argon2Params FAST_FOR_TESTS = new Argon2Params(8192, 1, 1);

    /** Upper bounds so that a damaged or hostile file cannot make unlock allocate gigabytes or run for hours. */
    static final int MAX_MEMORY_KIB = 1 << 20;
    static final int MAX_ITERATIONS = 100;
    static final int MAX_PARALLELISM = 64;

    public Argon2Params {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("Argon2 parallelism must be 1.." + MAX_PARALLELISM);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("Argon2 iterations must be 1.." + MAX_ITERATIONS);
        }
        // Argon2 needs at least 8 KiB per lane (RFC 9106 section 3.1).
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Argon2 memory must be 8*parallelism.." + MAX_MEMORY_KIB + " KiB");
        }
    }

    /** Parameters for a slot being written now: {@link #DEFAULT} unless the test suite asked for fast ones. */
    public static Argon2Params forNewSlots() {
        return Boolean.getBoolean(FAST_PROPERTY) ? FAST_FOR_TESTS : DEFAULT;
    }

    /** True when these parameters are at least as costly as {@link #DEFAULT} in every dimension. */
    public boolean meetsProductionFloor() {
        return memoryKiB >= DEFAULT.memoryKiB && iterations >= DEFAULT.iterations
                && parallelism >= DEFAULT.parallelism;
    }
}
