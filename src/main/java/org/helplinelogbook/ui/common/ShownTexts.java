package org.helplinelogbook.ui.common;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The read-only texts a view model works out together and a view shows side by side (the dashboard's figure
 * cards, a campaign's results, what each field of the contact form still needs), one per constant of the view
 * model's own enum. One map, filled in one place,
 * instead of a wrapper and an accessor for every figure. Display-free: beans only.
 */
public final class ShownTexts<K extends Enum<K>> {

    private final Map<K, ReadOnlyStringWrapper> texts;

    public ShownTexts(Class<K> keys) {
        texts = new EnumMap<>(keys);
        for (K key : keys.getEnumConstants()) {
            texts.put(key, new ReadOnlyStringWrapper(this, key.name(), ""));
        }
    }

    /** The text shown for {@code key}, for a view to bind to; empty until first set. */
    public ReadOnlyStringProperty get(K key) {
        return texts.get(key).getReadOnlyProperty();
    }

    public void set(K key, String text) {
        texts.get(key).set(text);
    }

    /** Empties every text. */
    public void clear() {
        texts.values().forEach(text -> text.set(""));
    }

    /** True while no text is shown. */
    public boolean allEmpty() {
        return texts.values().stream().allMatch(text -> text.get().isEmpty());
    }
}
