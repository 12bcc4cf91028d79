package org.helplinelogbook.domain;

/** The taxonomy and its version. Every change bumps the version so exports can say which one they used. */
public interface TaxonomyRepository {

    Taxonomy load();

    /** Inserts or updates one entry and bumps the version. */
    void save(TaxonomyEntry entry);
}
