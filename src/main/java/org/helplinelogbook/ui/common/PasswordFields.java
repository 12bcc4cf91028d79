package org.helplinelogbook.ui.common;

import javafx.scene.control.PasswordField;

/** Password fields hand their text over once and are cleared at once, so the secret does not linger on screen. */
public final class PasswordFields {

    private PasswordFields() {}

    /** The field's text as characters the caller wipes after use; the field is emptied. */
    public static char[] take(PasswordField field) {
        char[] secret = field.getText().toCharArray();
        field.clear();
        return secret;
    }
}
