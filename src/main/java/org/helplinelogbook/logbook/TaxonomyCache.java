package org.helplinelogbook.logbook;

import org.helplinelogbook.domain.Store;
import org.helplinelogbook.domain.Taxonomy;

/** The session's taxonomy, read once and again after a change (the contact form reads it on every save). */
final class TaxonomyCache {

    private final Store store;
    private volatile Taxonomy taxonomy;

    TaxonomyCache(Store store) {
        this.store = store;
    }

    Taxonomy current() {
        Taxonomy t = taxonomy;
        if (t == null) {
            t = store.read(r -> r.taxonomy().load());
            taxonomy = t;
        }
        return t;
    }

    /** After the taxonomy was changed: the next read loads it afresh. */
    void changed() {
        taxonomy = null;
    }
}
