package org.helplinelogbook.ui.audit;

/**
 * One audit entry, formatted for the table: {@code action} in plain English, {@code actionCode} as recorded (the
 * word the CLI, the manager guide and a filter use), shown in the action's tooltip.
 */
public record AuditLogRow(String seq, String time, String staff, String action, String record, String fields,
        String counts, String actionCode) {}
