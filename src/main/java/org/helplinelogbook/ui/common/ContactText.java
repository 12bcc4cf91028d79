package org.helplinelogbook.ui.common;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.Taxonomy;

/** How a contact's parts read on screen in every window: labels instead of codes, en-GB dates and durations. */
public final class ContactText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy  HH:mm", Locale.UK);

    private ContactText() {}

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
}
