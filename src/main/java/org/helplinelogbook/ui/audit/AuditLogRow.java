package org.helplinelogbook.ui.audit;

/**
 * One audit entry, formatted for the table: {@code action} and {@code fields} in plain English, {@code actionCode}
 * and {@code fieldsCode} as recorded (the words the CLI, the manager guide and a filter use), shown in their
 * tooltips.
 */
public record AuditLogRow(String seq, String time, String staff, String action, String record, String fields,
        String counts, String actionCode, String fieldsCode) {}
