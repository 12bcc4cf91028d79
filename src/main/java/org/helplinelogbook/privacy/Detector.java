package org.helplinelogbook.privacy;

import java.util.List;

/** One family of identifier patterns. Implementations are stateless and therefore thread-safe. */
interface Detector {

    /** Appends candidate hits (possibly overlapping other detectors' hits) to {@code out}. */
    void detect(String text, List<IdentifierHit> out);
}
