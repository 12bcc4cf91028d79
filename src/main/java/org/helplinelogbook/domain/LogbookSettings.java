package org.helplinelogbook.domain;

/** Names, defaults and bounds of the logbook's settings. */
public final class LogbookSettings {

    public static final String ZONE = "zone";
    public static final String AUTO_LOCK_MINUTES = "auto_lock_minutes";
    public static final String RETENTION_MONTHS = "retention_months";
    public static final String THEME = "theme";
    /** "true" in a logbook made or filled by the demo command: its contacts are examples, never real ones. */
    public static final String DEMO_LOGBOOK = "demo_logbook";
    public static final String BACKUP_FOLDER = "backup_folder";
    /** Shared logbook: when the server's own backup (pg_dump) was last made, as far as the app was told (ISO instant). */
    public static final String SERVER_BACKUP_LAST = "server_backup_last";
    /** The organisation's name as it heads every report and export (a manager setting). */
    public static final String ORGANISATION_NAME = "organisation_name";
    public static final String ORGANISATION_DEFAULT = "Helpline";
    public static final int ORGANISATION_MAX_LENGTH = 80;
    /**
     * "true" after note text, a draft or a note key was replaced or removed (an edit, a deletion, an autosave, a
     * retention purge) until the logbook file has been rewritten without free space: H2 keeps old pages, and with
     * them what was removed, in the file until then.
     */
    public static final String SHRED_COMPACTION_OWED = "shred_compaction_owed";

    /** The slow codeword hash's salt and cost ({@code CodewordHashing}), drawn once per logbook. */
    public static final String CALLER_CODE_HASHING = "caller_code_hashing";

    /**
     * The managers' X25519 public key (hex), for accounts whose key slot predates it (trusted on first use, then
     * kept in their slot). Slots written by a manager carry it themselves; see ADR 2.
     */
    public static final String NOTES_PUBLIC_KEY = "notes_public_key";

    public static final int AUTO_LOCK_DEFAULT = 5;
    public static final int AUTO_LOCK_MIN = 1;
    public static final int AUTO_LOCK_MAX = 15;
    public static final int RETENTION_DEFAULT = 12;
    public static final int RETENTION_MIN = 3;
    public static final int RETENTION_MAX = 84;

    private LogbookSettings() {}
}
