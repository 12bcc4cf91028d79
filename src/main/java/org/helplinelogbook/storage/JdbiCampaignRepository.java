package org.helplinelogbook.storage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.domain.CampaignRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

final class JdbiCampaignRepository implements CampaignRepository {

    private static final String SELECT =
            "SELECT id, name, starts_on, ends_on, cost, currency, platforms, notes FROM campaign ";
    private static final RowMapper<Campaign> MAPPER = (rs, ctx) -> new Campaign(rs.getLong("id"), rs.getString("name"),
            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
            rs.getBigDecimal("cost"), rs.getString("currency"), rs.getString("platforms"), rs.getString("notes"));

    private final Handle handle;

    JdbiCampaignRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public List<Campaign> list() {
        return handle.createQuery(SELECT + "ORDER BY starts_on DESC").map(MAPPER).list();
    }

    @Override
    public Optional<Campaign> findByName(String name) {
        return handle.createQuery(SELECT + "WHERE LOWER(name) = LOWER(:n)").bind("n", name).map(MAPPER).findOne();
    }

    @Override
    public long insert(Campaign c) {
        bind(handle.createUpdate("INSERT INTO campaign (name, starts_on, ends_on, cost, currency, platforms, notes)"
                + " VALUES (:name, :starts, :ends, :cost, :currency, :platforms, :notes)"), c).execute();
        return handle.createQuery("SELECT id FROM campaign WHERE name = :n").bind("n", c.name())
                .mapTo(Long.class).one();
    }

    @Override
    public void update(Campaign c) {
        bind(handle.createUpdate("UPDATE campaign SET name = :name, starts_on = :starts, ends_on = :ends,"
                + " cost = :cost, currency = :currency, platforms = :platforms, notes = :notes WHERE id = :id"), c)
                .bind("id", c.id())
                .execute();
    }

    @Override
    public void delete(long id) {
        handle.createUpdate("DELETE FROM campaign WHERE id = :id").bind("id", id).execute();
    }

    private static Update bind(Update update, Campaign c) {
        return update.bind("name", c.name()).bind("starts", c.startsOn()).bind("ends", c.endsOn())
                .bind("cost", c.cost()).bind("currency", c.currency() == null ? "GBP" : c.currency())
                .bind("platforms", c.platforms()).bind("notes", c.notes());
    }
}
