package org.helplinelogbook.logbook;

/**
 * The names of audited actions, in one place: the audit log's filter, the tests and the manager guide read these
 * words, so each is spelled once.
 */
public final class AuditActions {

    /** A report file was written (format, subject, policy and the file's SHA-256). */
    public static final String EXPORT = "export";

    private AuditActions() {}
}
