package org.helplinelogbook.security;

/**
 * Unlocking did not work. For password slots the message never says whether the username exists, has been
 * disabled or the password was wrong, so the login screen cannot be used to find out who works here.
 */
public final class UnlockFailedException extends RuntimeException {

    public static final String WRONG_USERNAME_OR_PASSWORD = "The username or password is not right.";

    UnlockFailedException(String message) {
        super(message);
    }
}
