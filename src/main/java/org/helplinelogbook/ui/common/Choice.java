package org.helplinelogbook.ui.common;

/**
 * One entry of a filter or form choice: a stored code and the label people see. A null code means "any". On the
 * contact form a choice also carries its group's label (caller types) and the key that picks it.
 */
public record Choice(String code, String label, String groupLabel, String key) {

    public Choice(String code, String label) {
        this(code, label, null, null);
    }

    public boolean isAny() {
        return code == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
