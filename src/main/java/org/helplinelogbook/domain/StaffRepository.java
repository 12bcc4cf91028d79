package org.helplinelogbook.domain;

import java.util.List;
import java.util.Optional;

/** Staff accounts (usernames and roles only). */
public interface StaffRepository {

    long insert(String username, Role role, boolean mustChangePassword);

    Optional<StaffAccount> find(String username);

    Optional<StaffAccount> find(long id);

    List<StaffAccount> list();

    void setActive(long id, boolean active);

    void setMustChangePassword(long id, boolean mustChange);
}
