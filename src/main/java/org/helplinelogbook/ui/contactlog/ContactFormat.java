package org.helplinelogbook.ui.contactlog;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.Taxonomy;

/** Formats contacts for the log and the detail pane: labels instead of codes, en-GB dates. */
public final class ContactFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy  HH:mm", Locale.UK);

    private ContactFormat() {}

    public static String when(LocalDateTime t) {
        return t == null ? "" : WHEN.format(t);
    }

    /** {@code 12:05} for minutes and seconds, {@code 1:02:05} from an hour. */
    public static String duration(int seconds) {
        int h = seconds / 3600;
        int m = (seconds % 3600) / 60;
        int s = seconds % 60;
        return h > 0 ? String.format(Locale.UK, "%d:%02d:%02d", h, m, s) : String.format(Locale.UK, "%d:%02d", m, s);
    }

    public static String labels(Taxonomy taxonomy, Dimension dimension, List<String> codes) {
        return codes.stream().map(c -> taxonomy.label(dimension, c)).collect(Collectors.joining("; "));
    }

    public static ContactLogRow row(Contact c, Taxonomy taxonomy, Map<Long, String> staffNames, String yes) {
        return new ContactLogRow(c, when(c.startedAt()), duration(c.durationSeconds()),
                taxonomy.label(Dimension.CHANNEL, c.channel()), taxonomy.label(Dimension.CALLER_TYPE, c.callerType()),
                labels(taxonomy, Dimension.TOPIC, c.topics()), labels(taxonomy, Dimension.OUTCOME, c.outcomes()),
                c.source() == null ? "" : taxonomy.label(Dimension.SOURCE, c.source()),
                c.returning() ? yes : "", staffNames.getOrDefault(c.createdBy(), ""));
    }
}
