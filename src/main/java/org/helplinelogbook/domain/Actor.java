package org.helplinelogbook.domain;

/** The signed-in staff member on whose behalf a service acts. Services check roles against this. */
public record Actor(long staffId, String username, Role role) {

    public boolean isManager() {
        return role == Role.MANAGER;
    }

    /** Throws unless this actor is a manager. */
    public void requireManager(String what) {
        if (!isManager()) {
            throw new AccessDeniedException("Only a manager can " + what + ".");
        }
    }
}
