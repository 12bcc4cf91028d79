package org.helplinelogbook.logbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.domain.Store;

/**
 * Awareness campaigns, used to compare contacts before, during and after each one. Everyone may list them;
 * managers add, edit and delete. Names are unique (ignoring case), a campaign ends on or after its start and
 * costs nothing or more. Changes are audited by field name only.
 */
public final class CampaignService {

    /** What a person types for one campaign, before it is checked. */
    public record Input(String name, LocalDate startsOn, LocalDate endsOn, BigDecimal cost, String currency,
            String platforms, String notes) {}

    private static final String FIELDS = "name,starts_on,ends_on,cost,currency,platforms,notes";


    private final Store store;
    private final AuditedWrites writes;
    private final Actor actor;

    CampaignService(Store store, AuditedWrites writes, Actor actor) {
        this.store = store;
        this.writes = writes;
        this.actor = actor;
    }

    public List<Campaign> list() {
        return store.read(r -> r.campaigns().list());
    }

    /** Every problem with the input, each a short sentence; empty when it can be saved (uniqueness aside). */
    public static List<String> problems(Input in) {
        List<String> problems = new ArrayList<>();
        if (in.name() == null || in.name().isBlank()) {
            problems.add("Give the campaign a name.");
        } else if (in.name().strip().length() > 200) {
            problems.add("A campaign name is at most 200 characters.");
        }
        if (in.startsOn() == null) {
            problems.add("Choose the day the campaign starts.");
        }
        if (in.endsOn() == null) {
            problems.add("Choose the day the campaign ends.");
        }
        if (in.startsOn() != null && in.endsOn() != null && in.endsOn().isBefore(in.startsOn())) {
            problems.add("A campaign ends on or after the day it starts.");
        }
        if (in.cost() != null && (in.cost().signum() < 0 || in.cost().scale() > 2
                || in.cost().compareTo(new BigDecimal("9999999999.99")) > 0)) {
            problems.add("The cost is zero or more, with at most two decimal places.");
        }
        if (in.currency() != null && !in.currency().isBlank() && !in.currency().strip().matches("[A-Za-z]{3}")) {
            problems.add("The currency is a three-letter code such as GBP.");
        }
        if (in.platforms() != null && in.platforms().length() > 400) {
            problems.add("Platforms are at most 400 characters.");
        }
        if (in.notes() != null && in.notes().length() > 2000) {
            problems.add("Campaign notes are at most 2,000 characters.");
        }
        return problems;
    }

    public Campaign add(Input in) {
        actor.requireManager("add campaigns");
        Campaign campaign = checked(0, in);
        return writes.write(r -> {
            requireUniqueName(r.campaigns().findByName(campaign.name()).orElse(null), 0);
            long id = r.campaigns().insert(campaign);
            return withId(campaign, id);
        }, AuditActions.CAMPAIGN_ADD, c -> String.valueOf(c.id()), FIELDS, c -> null);
    }

    public Campaign edit(long id, Input in) {
        actor.requireManager("edit campaigns");
        Campaign campaign = checked(id, in);
        return writes.write(r -> {
            if (r.campaigns().list().stream().noneMatch(c -> c.id() == id)) {
                throw new LogbookException(LogbookException.Kind.CONFLICT, "This campaign no longer exists (it was deleted).");
            }
            requireUniqueName(r.campaigns().findByName(campaign.name()).orElse(null), id);
            r.campaigns().update(campaign);
            return campaign;
        }, AuditActions.CAMPAIGN_EDIT, c -> String.valueOf(id), FIELDS, c -> null);
    }

    public void delete(long id) {
        actor.requireManager("delete campaigns");
        writes.write(r -> {
            r.campaigns().delete(id);
            return id;
        }, AuditActions.CAMPAIGN_DELETE, String::valueOf, null, x -> null);
    }

    private static Campaign checked(long id, Input in) {
        List<String> problems = problems(in);
        if (!problems.isEmpty()) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, String.join(" ", problems));
        }
        String currency = in.currency() == null || in.currency().isBlank()
                ? "GBP" : in.currency().strip().toUpperCase(Locale.ROOT);
        return new Campaign(id, in.name().strip(), in.startsOn(), in.endsOn(), in.cost(), currency,
                blankToNull(in.platforms()), blankToNull(in.notes()));
    }

    private static void requireUniqueName(Campaign sameName, long id) {
        if (sameName != null && sameName.id() != id) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT,
                    "There is already a campaign called '" + sameName.name() + "'. Choose another name.");
        }
    }

    private static Campaign withId(Campaign c, long id) {
        return new Campaign(id, c.name(), c.startsOn(), c.endsOn(), c.cost(), c.currency(), c.platforms(), c.notes());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
