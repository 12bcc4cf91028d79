package org.helplinelogbook.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The given names and surnames {@link NameDetector} knows, shipped in the jar (nothing is downloaded): lists
 * compiled for this project from published name statistics (see the headers of the resource files and ADR 0006).
 */
final class NameLists {

    private static final Set<String> AMBIGUOUS = load("ambiguous-names.txt");
    private static final Set<String> GIVEN = union(load("given-names.txt"), AMBIGUOUS);
    private static final Set<String> SURNAMES = load("surnames.txt");

    private NameLists() {
    }

    /** A given name, lower case; true for everyday-word names too. */
    static boolean isGiven(String lower) {
        return GIVEN.contains(lower);
    }

    /** A given name that is also an everyday word, month, place or brand ("will", "may", "hope"). */
    static boolean isAmbiguous(String lower) {
        return AMBIGUOUS.contains(lower);
    }

    static boolean isSurname(String lower) {
        return SURNAMES.contains(lower) || SURNAMES.contains(lower.replace("'", ""));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static Set<String> load(String name) {
        try (InputStream in = NameLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Set<String> names = new HashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
