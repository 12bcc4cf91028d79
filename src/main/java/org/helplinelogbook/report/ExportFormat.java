package org.helplinelogbook.report;

import java.util.Locale;

/** The file formats a report can be exported in. */
public enum ExportFormat {
    CSV, XLSX, PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "csv", "xlsx" or "pdf", in any case. */
    public static ExportFormat parse(String text) {
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "': use csv, xlsx or pdf");
    }
}
