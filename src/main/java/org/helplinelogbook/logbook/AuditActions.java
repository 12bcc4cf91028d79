package org.helplinelogbook.logbook;

import org.helplinelogbook.security.AuditTrail;

/**
 * The names of audited actions, in one place. Managers filter the audit log by these words and the manager guide
 * lists them, so each is spelled once; services write them, front ends never do (they call a service method).
 */
public final class AuditActions {

    // Signing in and the logbook itself
    public static final String INIT = "init";
    public static final String LOGIN = "login";
    public static final String LOGIN_RECOVERY = "login_recovery";
    public static final String ANCHOR_MISMATCH = AuditTrail.ANCHOR_MISMATCH;
    public static final String SETTING = "setting";
    public static final String COMPACT = "compact";
    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";
    public static final String MIGRATED_TO_SERVER = "migrated_to_server";
    public static final String JOB = "job";
    public static final String RECOUNT_SUMMARIES = "recount_summaries";
    public static final String PURGE = "purge";

    // Contacts
    public static final String CREATE = "create";
    /** Many contacts saved at once from a file ({@code import}) or made up for a demo logbook ({@code demo}). */
    public static final String IMPORT = "import";
    public static final String DEMO = "demo";
    public static final String EDIT = "edit";
    public static final String DELETE = "delete";
    public static final String HOLD = "hold";
    public static final String RELEASE_HOLD = "release_hold";
    public static final String PII_KEPT = "pii_kept";
    public static final String PII_REDACTED = "pii_redacted";
    public static final String NOTES_REVIEW = "notes_review";
    public static final String VIEW_NOTES = "view_notes";

    // Figures
    public static final String EXPORT = "export";
    public static final String DASHBOARD_EXACT = "dashboard_exact";

    // Accounts
    public static final String ACCOUNT_ADD = "account_add";
    public static final String ACCOUNT_DISABLE = "account_disable";
    public static final String ACCOUNT_RESET = "account_reset";
    public static final String PASSWORD_CHANGE = "password_change";
    public static final String RECOVERY_KEY_REPLACED = "recovery_key_replaced";
    /** The first manager after the upgrade to reading keys made the managers' note key pair (ADR 2). */
    public static final String NOTE_KEYS_CREATED = "note_keys_created";
    /** A key slot written before reading keys was given its note keys at sign-in. */
    public static final String NOTE_KEYS_ENROLLED = "note_keys_enrolled";
    /** Notes sealed under the month key alone were re-sealed with reading keys (counts only). */
    public static final String NOTES_UPGRADED = "notes_upgraded";

    // Taxonomy and campaigns
    public static final String TAXONOMY_ADD = "taxonomy_add";
    public static final String TAXONOMY_RELABEL = "taxonomy_relabel";
    public static final String TAXONOMY_RETIRE = "taxonomy_retire";
    public static final String TAXONOMY_REACTIVATE = "taxonomy_reactivate";
    public static final String TAXONOMY_REORDER = "taxonomy_reorder";
    public static final String CAMPAIGN_ADD = "campaign_add";
    public static final String CAMPAIGN_EDIT = "campaign_edit";
    public static final String CAMPAIGN_DELETE = "campaign_delete";

    private AuditActions() {}
}
