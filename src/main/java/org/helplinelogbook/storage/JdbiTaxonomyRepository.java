package org.helplinelogbook.storage;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.Taxonomy;
import org.helplinelogbook.domain.TaxonomyEntry;
import org.helplinelogbook.domain.TaxonomyRepository;
import org.jdbi.v3.core.Handle;

final class JdbiTaxonomyRepository implements TaxonomyRepository {

    private final Handle handle;

    JdbiTaxonomyRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Taxonomy load() {
        int version = handle.createQuery("SELECT version FROM taxonomy_version WHERE id = 1")
                .mapTo(Integer.class).findOne().orElse(0);
        var entries = handle.createQuery("SELECT dimension, code, label, group_code, sort_order, active,"
                        + " counts_as_data FROM taxonomy")
                .map((rs, ctx) -> new TaxonomyEntry(Dimension.fromCode(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBoolean(6), rs.getBoolean(7)))
                .list();
        return new Taxonomy(version, entries);
    }

    @Override
    public void save(TaxonomyEntry e) {
        int updated = handle.createUpdate("UPDATE taxonomy SET label = :label, group_code = :grp,"
                        + " sort_order = :sort, active = :active, counts_as_data = :data"
                        + " WHERE dimension = :dim AND code = :code")
                .bind("label", e.label()).bind("grp", e.group()).bind("sort", e.sortOrder())
                .bind("active", e.active()).bind("data", e.countsAsData())
                .bind("dim", e.dimension().code()).bind("code", e.code())
                .execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO taxonomy (dimension, code, label, group_code, sort_order, active,"
                            + " counts_as_data) VALUES (:dim, :code, :label, :grp, :sort, :active, :data)")
                    .bind("label", e.label()).bind("grp", e.group()).bind("sort", e.sortOrder())
                    .bind("active", e.active()).bind("data", e.countsAsData())
                    .bind("dim", e.dimension().code()).bind("code", e.code())
                    .execute();
        }
    }

    @Override
    public int bumpVersion() {
        var now = LocalDateTime.now(ZoneOffset.UTC);
        int bumped = handle.createUpdate("UPDATE taxonomy_version SET version = version + 1, changed_at = :t WHERE id = 1")
                .bind("t", now).execute();
        if (bumped == 0) {
            handle.createUpdate("INSERT INTO taxonomy_version (id, version, changed_at) VALUES (1, 1, :t)")
                    .bind("t", now).execute();
        }
        return load().version();
    }
}
