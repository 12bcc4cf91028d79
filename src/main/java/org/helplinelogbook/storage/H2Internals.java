package org.helplinelogbook.storage;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Reaching into H2's own classes for the two workarounds that need it ({@link H2LeftoverCommits},
 * {@link H2StoreHeader}). A field or method that a future H2 renamed or hid is null, so each workaround can say it
 * does not apply instead of failing the open.
 */
final class H2Internals {

    private H2Internals() {}

    /** The declared field, made accessible; null when it is not there or cannot be reached. */
    static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** The declared method, made accessible; null when it is not there or cannot be reached. */
    static Method method(Class<?> owner, String name, Class<?>... parameters) {
        try {
            Method m = owner.getDeclaredMethod(name, parameters);
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
