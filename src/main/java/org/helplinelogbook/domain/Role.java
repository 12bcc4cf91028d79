package org.helplinelogbook.domain;

import java.util.Locale;

/** What a staff account may do. Managers can do everything a worker can. */
public enum Role {
    WORKER,
    MANAGER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role: " + code);
    }
}
