package org.helplinelogbook.privacy;

/**
 * How sure the scanner is that a hit identifies someone.
 *
 * <p>HIGH hits are pre-selected for redaction; LOW hits only warn, because their patterns (a
 * postcode-shaped token, a number that fails its check digit) also occur in ordinary notes.
 */
public enum Confidence {
    HIGH,
    LOW
}
