package org.helplinelogbook.ui.audit;

/** One audit entry, formatted for the table. */
public record AuditLogRow(String seq, String time, String staff, String action, String record, String fields, String counts) {}
