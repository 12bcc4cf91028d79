package org.helplinelogbook.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An awareness campaign, for before/during/after comparisons. Dates are inclusive. */
public record Campaign(
        long id, String name, LocalDate startsOn, LocalDate endsOn, BigDecimal cost, String currency, String platforms, String notes) {

    public Campaign {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a campaign needs a name");
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a campaign ends on or after the day it starts");
        }
    }

    public long lengthInDays() {
        return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }
}
