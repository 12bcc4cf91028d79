package org.helplinelogbook.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * How a pick list (a combo box of items, not of typed text) shows its items: each by its label, a null item as
 * nothing. The lists are pick-only, so nothing is ever parsed back.
 */
public final class LabelConverter {

    private LabelConverter() {}

    public static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
