package org.helplinelogbook.ui.contactlog;

import static org.helplinelogbook.ui.common.ContactText.duration;
import static org.helplinelogbook.ui.common.ContactText.labels;
import static org.helplinelogbook.ui.common.ContactText.when;

import java.util.Map;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.Taxonomy;

/** Formats contacts for the log's rows (the parts read as everywhere else: {@link org.helplinelogbook.ui.common.ContactText}). */
public final class ContactFormat {

    private ContactFormat() {}

    public static ContactLogRow row(Contact c, Taxonomy taxonomy, Map<Long, String> staffNames, String yes) {
        return new ContactLogRow(c, when(c.startedAt()), duration(c.durationSeconds()),
                taxonomy.label(Dimension.CHANNEL, c.channel()), taxonomy.label(Dimension.CALLER_TYPE, c.callerType()),
                labels(taxonomy, Dimension.TOPIC, c.topics()), labels(taxonomy, Dimension.OUTCOME, c.outcomes()),
                c.source() == null ? "" : taxonomy.label(Dimension.SOURCE, c.source()),
                c.returning() ? yes : "", staffNames.getOrDefault(c.createdBy(), ""));
    }
}
