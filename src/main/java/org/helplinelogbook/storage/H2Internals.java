package org.helplinelogbook.storage;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Supplier;

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

    /**
     * Calls {@code method} on {@code target}; a method this H2 does not have, or cannot be called, is
     * {@code unsupported}'s exception; what the method itself throws is passed on unchecked.
     */
    static void invoke(Method method, Object target, Supplier<StorageException> unsupported, Object... args) {
        if (method == null) {
            throw unsupported.get();
        }
        try {
            method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw unsupported.get();
        }
    }
}
