package org.helplinelogbook.storage;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.domain.StaffRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiStaffRepository implements StaffRepository {

    private static final String COLUMNS = "SELECT id, username, role, active, must_change_password FROM staff ";
    private static final RowMapper<StaffAccount> MAPPER = (rs, ctx) -> new StaffAccount(rs.getLong("id"),
            rs.getString("username"), Role.fromCode(rs.getString("role")), rs.getBoolean("active"),
            rs.getBoolean("must_change_password"));

    private final Handle handle;

    JdbiStaffRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public long insert(String username, Role role, boolean mustChangePassword) {
        handle.createUpdate("INSERT INTO staff (username, role, active, must_change_password, created_at)"
                        + " VALUES (:u, :r, TRUE, :m, :t)")
                .bind("u", username)
                .bind("r", role.code())
                .bind("m", mustChangePassword)
                .bind("t", LocalDateTime.now(ZoneOffset.UTC))
                .execute();
        return handle.createQuery("SELECT id FROM staff WHERE username = :u").bind("u", username)
                .mapTo(Long.class).one();
    }

    @Override
    public Optional<StaffAccount> find(String username) {
        return handle.createQuery(COLUMNS + "WHERE username = :u").bind("u", username).map(MAPPER).findOne();
    }

    @Override
    public Optional<StaffAccount> find(long id) {
        return handle.createQuery(COLUMNS + "WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    @Override
    public List<StaffAccount> list() {
        return handle.createQuery(COLUMNS + "ORDER BY username").map(MAPPER).list();
    }

    @Override
    public void setActive(long id, boolean active) {
        handle.createUpdate("UPDATE staff SET active = :a WHERE id = :id").bind("a", active).bind("id", id).execute();
    }

    @Override
    public void setMustChangePassword(long id, boolean mustChange) {
        handle.createUpdate("UPDATE staff SET must_change_password = :m WHERE id = :id")
                .bind("m", mustChange).bind("id", id).execute();
    }
}
