package org.helplinelogbook.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.helplinelogbook.privacy.DisclosurePolicy;

/**
 * A report already put under disclosure control, laid out as a front page and tables: what the XLSX and PDF
 * renderers draw. Every count in it is a published value ({@code 0}, {@code *} or rounded), never a true one
 * unless the policy is exact, in which case {@link #internal} is set and every page or sheet is stamped.
 *
 * @param organisation the organisation's name, heading every page and sheet
 * @param dates the period in words, e.g. "1 October 2026 – 31 October 2026 (Europe/London)"
 * @param cover the details of the report (period, policy, taxonomy version, generation time, audit anchor)
 * @param keyFigures the front page's headline figures
 * @param frontCharts one or two charts for the front page
 * @param demo whether the logbook is a demo one (made-up contacts): every page and sheet says so, as
 *     {@link #internal} stamps every page and sheet of an exact report
 * @param protection the plain-English box on how small numbers are protected
 */
record ReportDocument(String title, String periodLabel, String organisation, String dates, List<Meta> cover,
        boolean internal, boolean demo, List<KeyFigure> keyFigures, List<Chart> frontCharts, List<String> protection,
        List<Table> tables) {

    /** The stamp every page and sheet carries, or null: "DEMO DATA", the internal stamp, or both. */
    String stamp() {
        if (demo && internal) {
            return Documents.DEMO_STAMP + " · " + DisclosurePolicy.INTERNAL_STAMP;
        }
        return demo ? Documents.DEMO_STAMP : internal ? DisclosurePolicy.INTERNAL_STAMP
                : null;
    }

    record Meta(String label, String value) {}

    /** A headline figure: "All contacts", "145", "October 2025: 130 · change +12%". */
    record KeyFigure(String label, String value, String detail) {}

    /**
     * A cell: text, or a number when {@link #number} is set (a published count or figure), with a spreadsheet
     * number format ({@code "0"}, {@code "0%"}, …) or null for a general number. {@link #text} is always what a
     * reader sees on paper.
     */
    record Cell(String text, Number number, String format) {
        static Cell text(String text) {
            return new Cell(text, null, null);
        }

        static Cell number(Number n) {
            return new Cell(String.valueOf(n), n, null);
        }

        /** A share as a fraction (0.45) shown as "45%" (or "45.0%" with one decimal). */
        static Cell percent(double fraction, boolean oneDecimal) {
            String text = oneDecimal ? String.format(Locale.ROOT, "%.1f%%", 100 * fraction)
                    : Math.round(100 * fraction) + "%";
            return new Cell(text, fraction, oneDecimal ? "0.0%" : "0%");
        }

        /** A change as a fraction (0.12) shown as "+12%". */
        static Cell change(double fraction, boolean oneDecimal) {
            Cell p = percent(fraction, oneDecimal);
            String text = fraction > 0 ? "+" + p.text() : p.text();
            return new Cell(text, fraction, oneDecimal ? "+0.0%;-0.0%;0.0%" : "+0%;-0%;0%");
        }

        /** A sum of money, e.g. 50.00 shown as "GBP 50.00". */
        static Cell money(BigDecimal amount, String currency) {
            return new Cell(Documents.money(amount, currency), amount, "\"" + currency + "\" #,##0.00");
        }

        /** A number with one decimal place. */
        static Cell decimal(double value) {
            return new Cell(String.format(Locale.ROOT, "%.1f", value), value, "0.0");
        }
    }

    /** One series of a bar chart; a null value is a suppressed count, drawn as no bar. */
    record Series(String name, List<Long> values) {}

    /**
     * @param seriesByCategory when set, each category is drawn in the colour of the series it belongs to (the
     *     campaign's before / during / after weeks), one bar per category
     */
    record Chart(String title, String valueAxis, List<String> categories, List<Series> series,
            boolean seriesByCategory) {
        Chart(String title, String valueAxis, List<String> categories, List<Series> series) {
            this(title, valueAxis, categories, series, false);
        }
    }

    /**
     * @param sheetName at most 31 characters, unique in the document
     * @param codeColumn whether column 0 holds machine codes (kept in the spreadsheet, left out on paper)
     * @param chart may be null
     * @param onPaper whether the PDF shows it as a section (the front page already shows some tables' figures)
     */
    record Table(String sheetName, String title, List<String> notes, List<String> headers, List<List<Cell>> rows,
            Chart chart, boolean codeColumn, boolean onPaper) {
        Table(String sheetName, String title, List<String> notes, List<String> headers, List<List<Cell>> rows,
                Chart chart) {
            this(sheetName, title, notes, headers, rows, chart, false, true);
        }
    }
}
