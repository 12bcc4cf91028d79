package org.helplinelogbook.report;

/**
 * The true number of contacts under one code of a dimension.
 *
 * @param active false for a retired code, or the "none" bucket, that still has contacts in the period
 * @param group for a caller type, the code of its caller group in the taxonomy; otherwise (or without a group) null
 */
public record CategoryCount(String code, String label, boolean active, long count, String group) {

    public CategoryCount(String code, String label, boolean active, long count) {
        this(code, label, active, count, null);
    }
}
