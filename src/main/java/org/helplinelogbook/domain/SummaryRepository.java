package org.helplinelogbook.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Aggregate counts over the contacts whose wall-clock start date (in the logbook's zone, as stored with each
 * contact) lies in {@code [first, last]}. Additive counts come from daily counts kept at write time; durations and
 * codewords from one covering-index range scan. Nothing here returns or loops over single contacts. The results
 * are true counts: disclosure control is applied where they are published, not here.
 */
public interface SummaryRepository {

    /** All contacts, data contacts and non-data contacts. */
    record Totals(long all, long data, long nonData) {}

    /** Contacts carrying a caller codeword, and how many different codewords they carry. */
    record CallerCodes(long contactsWithCode, long distinctCodes) {
        /** Contacts from a codeword already seen earlier in the same period. */
        public long repeatContacts() {
            return contactsWithCode - distinctCodes;
        }
    }

    /** Contacts that started on one wall-clock day, all and data. */
    record DayCount(LocalDate date, long all, long data) {}

    /** Contacts that started in one wall-clock hour of one weekday (1 = Monday). */
    record HourCell(int dayOfWeek, int hour, long count) {}

    /** Duration of data contacts in seconds; median and 90th percentile are null when there are none. */
    record Durations(long contacts, Double medianSeconds, Double p90Seconds) {}

    /** The code {@link #byDimension} reports for contacts with no code in a dimension (no group, no source). */
    String NONE = "none";

    Totals totals(LocalDate first, LocalDate last);

    /**
     * Counts per code of one dimension. Channel, caller type and caller group (via the caller type's group) count
     * every contact once; topics and outcomes count a contact once under each of its codes; source is only
     * recorded on data contacts. With {@code dataOnly}, only data contacts are counted. Contacts with no code in
     * the dimension (no source, a caller type without a group) are counted under {@link #NONE}; contacts without
     * any topic or outcome are not counted there. Codes with no contacts are absent.
     */
    Map<String, Long> byDimension(Dimension dimension, LocalDate first, LocalDate last, boolean dataOnly);

    /** One entry per wall-clock day that has contacts, in date order. */
    List<DayCount> perDay(LocalDate first, LocalDate last);

    /** Contacts per weekday and hour (all contacts); only non-empty cells. */
    List<HourCell> heatMap(LocalDate first, LocalDate last);

    /** Median and 90th percentile duration of data contacts. */
    Durations durations(LocalDate first, LocalDate last);

    CallerCodes callerCodes(LocalDate first, LocalDate last);

    /** Whether the kept daily counts equal a fresh count of every contact (they always should). */
    boolean countsAreConsistent();

    /** Recounts the kept daily counts from the contacts. */
    void recount();
}
