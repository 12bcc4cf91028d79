package org.helplinelogbook.domain;

/** A staff account. Only a username is kept: no real names or contact details. */
public record StaffAccount(long id, String username, Role role, boolean active, boolean mustChangePassword) {

    public static final int MIN_PASSWORD_LENGTH = 12;

    public static boolean isValidUsername(String username) {
        return username != null && username.matches("[A-Za-z0-9._-]{2,32}");
    }
}
