package org.helplinelogbook.ui.contactlog;

/** One entry of a filter or form choice: a stored code and the label people see. A null code means "any". */
public record Choice(String code, String label) {

    public boolean isAny() {
        return code == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
