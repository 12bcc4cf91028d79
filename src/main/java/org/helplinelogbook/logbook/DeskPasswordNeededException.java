package org.helplinelogbook.logbook;

/**
 * A desk of a shared logbook has no database password kept, or the server refused the one it had: the sign-in
 * screen (or the CLI prompt) asks for it, and a password that works is kept for next time.
 */
public final class DeskPasswordNeededException extends LogbookException {

    DeskPasswordNeededException(String message) {
        super(Kind.AUTHENTICATION, message);
    }
}
