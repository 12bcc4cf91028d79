package org.helplinelogbook.domain;

import java.util.Objects;

/**
 * One code of the helpline's taxonomy.
 *
 * @param group for caller types, the caller group code; otherwise null
 * @param countsAsData for caller types, whether a contact of this type is a data contact
 */
public record TaxonomyEntry(
        Dimension dimension, String code, String label, String group, int sortOrder, boolean active, boolean countsAsData) {

    public TaxonomyEntry {
        Objects.requireNonNull(dimension);
        if (code == null || !code.matches("[a-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("a code is 1-64 lower-case letters, digits or underscores");
        }
        if (label == null || label.isBlank() || label.length() > 200) {
            throw new IllegalArgumentException("a label is 1-200 characters");
        }
    }

    public TaxonomyEntry withLabel(String newLabel) {
        return new TaxonomyEntry(dimension, code, newLabel, group, sortOrder, active, countsAsData);
    }

    public TaxonomyEntry withActive(boolean isActive) {
        return new TaxonomyEntry(dimension, code, label, group, sortOrder, isActive, countsAsData);
    }

    public TaxonomyEntry withSortOrder(int order) {
        return new TaxonomyEntry(dimension, code, label, group, order, active, countsAsData);
    }
}
