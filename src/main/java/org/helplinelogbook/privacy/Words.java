package org.helplinelogbook.privacy;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Word lists for the detectors; unlike {@link Set#of} a repeated word is harmless. */
final class Words {

    private Words() {
    }

    static Set<String> of(String... words) {
        return Stream.of(words).collect(Collectors.toUnmodifiableSet());
    }
}
