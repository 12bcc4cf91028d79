package org.helplinelogbook.domain;

/** The signed-in role may not do this. The message is meant for the person. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
