package org.helplinelogbook.logbook;

import static java.util.Map.entry;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.helplinelogbook.domain.LogbookSettings;

/**
 * The field names an audit entry records ({@code notes_hold}, {@code started_at}, a setting's name), in the plain
 * words a manager reads on the screens where those fields are filled in ("Safeguarding hold", "Date and time"). The
 * services write the recorded names, which never change (the chain covers them and old entries keep them); front ends
 * show them through this one mapping. A name without words here (written by a newer version) shows as recorded.
 */
public final class AuditFields {

    private static final Map<String, String> WORDS = Map.ofEntries(
            // a contact, as the form and the edit panel name its parts
            entry("started_at", "Date and time"),
            entry("duration_seconds", "Duration"),
            entry("channel", "Channel"),
            entry("caller_type", "Caller type"),
            entry("topics", "Topics"),
            entry("outcomes", "Outcomes"),
            entry("source", "How they heard of us"),
            entry("notes", "Notes"),
            entry("caller_code", "Caller codeword"),
            entry("notes_hold", "Safeguarding hold"),
            // accounts
            entry("role", "Role"),
            entry("active", "In use"),
            entry("password", "Password"),
            // the taxonomy's lists
            entry("code", "Code"),
            entry("label", "Label"),
            entry("sort_order", "Order"),
            // campaigns
            entry("name", "Name"),
            entry("starts_on", "First day"),
            entry("ends_on", "Last day"),
            entry("cost", "Cost"),
            entry("currency", "Currency"),
            entry("platforms", "Platforms"),
            // exports and the dashboard
            entry("format", "File format"),
            entry("period", "Period"),
            entry("campaign", "Campaign"),
            entry("policy", "Small-number rule"),
            // settings (an entry names the setting changed) and the upkeep jobs
            entry(LogbookSettings.ZONE, "Time zone"),
            entry(LogbookSettings.AUTO_LOCK_MINUTES, "Lock after minutes without use"),
            entry(LogbookSettings.RETENTION_MONTHS, "Keep contact notes for"),
            entry(LogbookSettings.THEME, "Appearance"),
            entry(LogbookSettings.DEMO_LOGBOOK, "Demo logbook"),
            entry(LogbookSettings.BACKUP_FOLDER, "Backup folder"),
            entry(LogbookSettings.ORGANISATION_NAME, "Organisation name on reports"),
            entry("purge-notes", "Removing old notes"));

    private AuditFields() {}

    /** One recorded field name in words, or the name itself when it has none. */
    public static String inWords(String field) {
        return WORDS.getOrDefault(field, field);
    }

    /** An entry's fields as recorded ({@code "started_at,notes"}) in words ("Date and time, Notes"); "" for none. */
    public static String listInWords(String fields) {
        if (fields == null || fields.isBlank()) {
            return "";
        }
        return Arrays.stream(fields.split(",")).map(String::strip).map(AuditFields::inWords)
                .collect(Collectors.joining(", "));
    }
}
