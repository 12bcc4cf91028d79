package org.helplinelogbook.domain;

import java.util.Locale;

/** The coded dimensions a contact is described by. Codes inside a dimension never change once created. */
public enum Dimension {
    CHANNEL,
    CALLER_GROUP,
    CALLER_TYPE,
    TOPIC,
    OUTCOME,
    SOURCE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Dimension fromCode(String code) {
        for (Dimension d : values()) {
            if (d.code().equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dimension: " + code);
    }
}
