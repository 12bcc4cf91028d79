package org.helplinelogbook.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An immutable snapshot of the taxonomy with its version number. */
public record Taxonomy(int version, List<TaxonomyEntry> entries) {

    public Taxonomy {
        entries = entries.stream()
                .sorted(Comparator.comparing(TaxonomyEntry::dimension).thenComparingInt(TaxonomyEntry::sortOrder))
                .toList();
    }

    public List<TaxonomyEntry> all(Dimension dimension) {
        return entries.stream().filter(e -> e.dimension() == dimension).toList();
    }

    public List<TaxonomyEntry> active(Dimension dimension) {
        return entries.stream().filter(e -> e.dimension() == dimension && e.active()).toList();
    }

    public Optional<TaxonomyEntry> find(Dimension dimension, String code) {
        return entries.stream()
                .filter(e -> e.dimension() == dimension && e.code().equals(code))
                .findFirst();
    }

    public boolean isActive(Dimension dimension, String code) {
        return find(dimension, code).map(TaxonomyEntry::active).orElse(false);
    }

    /** Whether a caller type counts as a data contact; unknown codes do not. */
    public boolean isDataCallerType(String callerType) {
        return find(Dimension.CALLER_TYPE, callerType).map(TaxonomyEntry::countsAsData).orElse(false);
    }

    public String label(Dimension dimension, String code) {
        return find(dimension, code).map(TaxonomyEntry::label).orElse(code);
    }
}
