package org.helplinelogbook.ui.contactlog;

import org.helplinelogbook.domain.Contact;

/** One line of the contact log, already formatted for display. */
public record ContactLogRow(Contact contact, String when, String duration, String channel, String callerType,
        String topics, String outcomes, String source, String returning, String loggedBy) {}
