package org.helplinelogbook.ui.common;

/**
 * The growing wait after repeated wrong passwords, shared by the sign-in and lock screens: 0, 0, 2, 4, 8 … seconds,
 * at most 60, so guessing at the desk is slow while one typo costs nothing.
 */
public final class SignInDelay {

    static final int MAX_SECONDS = 60;

    private SignInDelay() {}

    /** Seconds to wait after the {@code failures}-th failure in a row. */
    public static int after(int failures) {
        if (failures < 3) {
            return 0;
        }
        return (int) Math.min(MAX_SECONDS, 1L << Math.min(failures - 2, 10));
    }
}
