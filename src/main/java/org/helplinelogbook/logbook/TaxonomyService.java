package org.helplinelogbook.logbook;

import java.util.ArrayList;
import java.util.List;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.domain.Taxonomy;
import org.helplinelogbook.domain.TaxonomyEntry;

/**
 * Managers relabel, add, retire, reactivate and reorder taxonomy codes. A code never changes once created, so
 * stored contacts and earlier exports keep their meaning; every change bumps the taxonomy version and is audited
 * by dimension, code and field name only.
 */
public final class TaxonomyService {

    private final Store store;
    private final AuditedWrites writes;
    private final Actor actor;
    private final TaxonomyCache taxonomies;

    TaxonomyService(Store store, AuditedWrites writes, Actor actor, TaxonomyCache taxonomies) {
        this.store = store;
        this.writes = writes;
        this.actor = actor;
        this.taxonomies = taxonomies;
    }

    /** The taxonomy as stored now (read fresh, not from the session cache). */
    public Taxonomy current() {
        return store.read(r -> r.taxonomy().load());
    }

    /** Gives a code a new label; returns the new taxonomy version. */
    public int relabel(Dimension dimension, String code, String label) {
        actor.requireManager("change the taxonomy");
        String clean = requireLabel(label);
        return change(AuditActions.TAXONOMY_RELABEL, dimension, code, "label",
                existing -> List.of(existing.withLabel(clean)));
    }

    /**
     * Adds a new code at the end of its dimension. Caller types need an existing caller group and say whether they
     * count as data contacts; other dimensions ignore both.
     */
    public int add(Dimension dimension, String code, String label, String group, boolean countsAsData) {
        actor.requireManager("change the taxonomy");
        String clean = requireLabel(label);
        if (code == null || !code.matches("[a-z0-9_]{1,64}")) {
            throw invalid("A code is 1 to 64 lower-case letters, digits or underscores, for example 'online_chat'.");
        }
        Taxonomy taxonomy = current();
        if (taxonomy.find(dimension, code).isPresent()) {
            throw invalid("The code '" + code + "' is already used here. Codes never change, so choose another one.");
        }
        String groupCode = null;
        boolean data = true;
        if (dimension == Dimension.CALLER_TYPE) {
            if (group == null || taxonomy.find(Dimension.CALLER_GROUP, group).isEmpty()) {
                throw invalid("Choose the caller group this caller type belongs to.");
            }
            groupCode = group;
            data = countsAsData;
        }
        int order = taxonomy.all(dimension).stream().mapToInt(TaxonomyEntry::sortOrder).max().orElse(0) + 1;
        TaxonomyEntry entry = new TaxonomyEntry(dimension, code, clean, groupCode, order, true, data);
        int version = writes.write(r -> {
            r.taxonomy().save(entry);
            return r.taxonomy().bumpVersion();
        }, AuditActions.TAXONOMY_ADD, v -> recordId(dimension, code), "code,label", v -> "version=" + v);
        taxonomies.changed();
        return version;
    }

    /** Retires (no longer offered for new contacts) or reactivates a code; stored contacts keep it. */
    public int setActive(Dimension dimension, String code, boolean active) {
        actor.requireManager("change the taxonomy");
        return change(active ? AuditActions.TAXONOMY_REACTIVATE : AuditActions.TAXONOMY_RETIRE, dimension, code, "active",
                existing -> List.of(existing.withActive(active)));
    }

    /** Moves a code one place up ({@code -1}) or down ({@code +1}) within its dimension. */
    public int move(Dimension dimension, String code, int direction) {
        actor.requireManager("change the taxonomy");
        if (direction != -1 && direction != 1) {
            throw new IllegalArgumentException("direction is -1 or +1");
        }
        Taxonomy taxonomy = current();
        List<TaxonomyEntry> entries = new ArrayList<>(taxonomy.all(dimension));
        int index = indexOf(entries, code);
        int other = index + direction;
        if (other < 0 || other >= entries.size()) {
            return taxonomy.version();
        }
        // Renumber the whole dimension 1..n so equal or sparse sort orders cannot make a move do nothing.
        TaxonomyEntry moved = entries.remove(index);
        entries.add(other, moved);
        List<TaxonomyEntry> renumbered = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            renumbered.add(entries.get(i).withSortOrder(i + 1));
        }
        return change(AuditActions.TAXONOMY_REORDER, dimension, code, "sort_order", existing -> renumbered);
    }

    private interface Edit {
        List<TaxonomyEntry> apply(TaxonomyEntry existing);
    }

    private int change(String action, Dimension dimension, String code, String field, Edit edit) {
        TaxonomyEntry existing = current().find(dimension, code)
                .orElseThrow(() -> invalid("There is no code '" + code + "' in this list."));
        List<TaxonomyEntry> changed = edit.apply(existing);
        int version = writes.write(r -> {
            changed.forEach(r.taxonomy()::save);
            return r.taxonomy().bumpVersion();
        }, action, v -> recordId(dimension, code), field, v -> "version=" + v);
        taxonomies.changed();
        return version;
    }

    private static int indexOf(List<TaxonomyEntry> entries, String code) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).code().equals(code)) {
                return i;
            }
        }
        throw invalid("There is no code '" + code + "' in this list.");
    }

    private static String recordId(Dimension dimension, String code) {
        String id = dimension.code() + ":" + code;
        return id.length() <= 64 ? id : id.substring(0, 64);
    }

    private static String requireLabel(String label) {
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw invalid("A label is 1 to 200 characters.");
        }
        return clean;
    }

    private static LogbookException invalid(String message) {
        return new LogbookException(LogbookException.Kind.INVALID_INPUT, message);
    }
}
