package org.helplinelogbook.ui.common;

import org.helplinelogbook.domain.AccessDeniedException;
import org.helplinelogbook.logbook.LogbookException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into one calm sentence for the person at the desk; details (never values) go to the log. */
public final class UserMessages {

    private static final Logger LOG = LoggerFactory.getLogger(UserMessages.class);

    private UserMessages() {}

    public static String describe(Throwable t) {
        if (t instanceof LogbookException || t instanceof AccessDeniedException) {
            return t.getMessage();
        }
        LOG.error("Unexpected failure: {}", t.getClass().getName());
        return Messages.get("failure.unexpected");
    }
}
