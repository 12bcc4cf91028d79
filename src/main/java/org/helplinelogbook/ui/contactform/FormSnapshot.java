package org.helplinelogbook.ui.contactform;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The unsaved form as text, for {@code ContactService.saveDraft}, which seals it in the encrypted database.
 * It is never written anywhere else: no temp file, no log.
 */
record FormSnapshot(
        Instant savedAt,
        Instant callStartedAt,
        String durationMinutes,
        boolean durationEdited,
        String channel,
        String callerType,
        List<String> topics,
        List<String> outcomes,
        String source,
        String callerCode,
        String notes) {

    String toText() {
        Properties p = new Properties();
        p.setProperty("version", "1");
        p.setProperty("savedAt", savedAt.toString());
        put(p, "callStartedAt", callStartedAt == null ? null : callStartedAt.toString());
        put(p, "durationMinutes", durationMinutes);
        p.setProperty("durationEdited", String.valueOf(durationEdited));
        put(p, "channel", channel);
        put(p, "callerType", callerType);
        p.setProperty("topics", String.join(",", topics));
        p.setProperty("outcomes", String.join(",", outcomes));
        put(p, "source", source);
        put(p, "callerCode", callerCode);
        put(p, "notes", notes);
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static FormSnapshot fromText(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String started = p.getProperty("callStartedAt");
        return new FormSnapshot(
                Instant.parse(p.getProperty("savedAt", Instant.EPOCH.toString())),
                started == null ? null : Instant.parse(started),
                p.getProperty("durationMinutes"),
                Boolean.parseBoolean(p.getProperty("durationEdited")),
                p.getProperty("channel"),
                p.getProperty("callerType"),
                codes(p.getProperty("topics")),
                codes(p.getProperty("outcomes")),
                p.getProperty("source"),
                p.getProperty("callerCode"),
                p.getProperty("notes"));
    }

    private static void put(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
