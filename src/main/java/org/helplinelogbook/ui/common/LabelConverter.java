package org.helplinelogbook.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * How a pick list (a combo box of items, not of typed text) shows its items: each by its label, a null item as
 * nothing. The lists are pick-only, so nothing is ever parsed back. A named converter, as JavaFX's own are
 * ({@code javafx.util.converter}).
 */
public final class LabelConverter<T> extends StringConverter<T> {

    private final Function<T, String> label;

    public LabelConverter(Function<T, String> label) {
        this.label = label;
    }

    @Override
    public String toString(T item) {
        return item == null ? "" : label.apply(item);
    }

    @Override
    public T fromString(String typed) {
        return null;
    }
}
