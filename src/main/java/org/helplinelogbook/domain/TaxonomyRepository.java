package org.helplinelogbook.domain;

/** The taxonomy and its version. Every change bumps the version so exports can say which one they used. */
public interface TaxonomyRepository {

    Taxonomy load();

    /** Inserts or updates one entry; call {@link #bumpVersion} once per change set. */
    void save(TaxonomyEntry entry);

    /** Increments the taxonomy version (starting at 1) and returns the new version. */
    int bumpVersion();
}
