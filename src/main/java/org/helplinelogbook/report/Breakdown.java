package org.helplinelogbook.report;

import java.util.List;
import java.util.Optional;
import org.helplinelogbook.domain.Dimension;

/**
 * One-way table of true counts over one dimension: every active code in taxonomy sort order (zeros included),
 * then any retired or unknown code, or the "none" bucket, that has contacts.
 *
 * @param dataOnly whether only data contacts are counted (topic, outcome, source)
 * @param basis the number of contacts the table is about (all or data contacts), for percentages
 */
public record Breakdown(Dimension dimension, boolean dataOnly, long basis, List<CategoryCount> rows) {

    public Breakdown {
        rows = List.copyOf(rows);
    }

    /** Active codes only, in taxonomy order: the rows of the CSV contract. */
    public List<CategoryCount> activeRows() {
        return rows.stream().filter(CategoryCount::active).toList();
    }

    public long count(String code) {
        return find(code).map(CategoryCount::count).orElse(0L);
    }

    public Optional<CategoryCount> find(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** Whether a contact can count under several codes (topics, outcomes), so rows may add up to more than the basis. */
    public boolean multiValued() {
        return dimension == Dimension.TOPIC || dimension == Dimension.OUTCOME;
    }
}
