package org.helplinelogbook.report;

import java.util.List;

/**
 * A report already put under disclosure control, laid out as a cover and tables: what the XLSX and PDF
 * renderers draw. Every count in it is a published value ({@code 0}, {@code *} or rounded), never a true one
 * unless the policy is exact, in which case {@link #internal} is set and every page or sheet is stamped.
 */
record ReportDocument(String title, String periodLabel, List<Meta> cover, boolean internal, List<Table> tables) {

    record Meta(String label, String value) {}

    /** A cell: text, or a number when {@link #number} is set (a published count or figure). */
    record Cell(String text, Number number) {
        static Cell text(String text) {
            return new Cell(text, null);
        }

        static Cell number(Number n) {
            return new Cell(String.valueOf(n), n);
        }
    }

    /** One series of a bar chart; a null value is a suppressed count, drawn as no bar. */
    record Series(String name, List<Long> values) {}

    record Chart(String title, String valueAxis, List<String> categories, List<Series> series) {}

    /**
     * @param sheetName at most 31 characters, unique in the document
     * @param chart may be null
     */
    record Table(String sheetName, String title, List<String> notes, List<String> headers, List<List<Cell>> rows,
            Chart chart) {}
}
