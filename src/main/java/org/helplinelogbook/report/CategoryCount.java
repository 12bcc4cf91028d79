package org.helplinelogbook.report;

/**
 * The true number of contacts under one code of a dimension.
 *
 * @param active false for a retired code, or the "none" bucket, that still has contacts in the period
 */
public record CategoryCount(String code, String label, boolean active, long count) {}
