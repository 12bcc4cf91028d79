package org.helplinelogbook.ui.contactlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.logbook.TestLogbooks;
import org.helplinelogbook.ui.common.Choice;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.Test;

class ContactLogViewModelTest extends ContactLogFixture {

    @Test
    void pagesThroughEveryContactNewestFirstWithoutGapsOrDuplicates() {
        var model = started();
        assertThat(model.rows()).hasSize(ContactLogViewModel.PAGE_SIZE);
        assertThat(model.hasMoreProperty().get()).isTrue();

        model.loadMore();
        model.loadMore();
        model.loadMore();

        assertThat(model.rows()).hasSize(250);
        assertThat(model.hasMoreProperty().get()).isFalse();
        Set<UUID> ids = new HashSet<>();
        LocalDateTime previous = LocalDateTime.MAX;
        for (ContactLogRow row : model.rows()) {
            assertThat(ids.add(row.contact().id())).isTrue();
            assertThat(row.contact().startedAt()).isBefore(previous);
            previous = row.contact().startedAt();
        }
        assertThat(model.rows().get(0).contact().startedAt()).isEqualTo(newest);
        assertThat(model.status().messageProperty().get()).contains("250");
    }

    @Test
    void topicFilterRequeries() {
        var model = started();
        model.topicProperty().set(choice(model.topicChoices(), "safety_planning"));
        drain(model);
        assertThat(model.rows()).hasSize(125).allMatch(r -> r.contact().topics().contains("safety_planning"));
    }

    @Test
    void channelCallerTypeGroupOutcomeAndSourceFilters() {
        logbook.contacts().save(ContactDraft.nonData(newest.minusDays(3), 30, "chat", "silent"));
        var model = started();
        model.channelProperty().set(choice(model.channelChoices(), "chat"));
        assertThat(model.rows()).hasSize(1);
        model.clearFilters();
        model.callerTypeProperty().set(choice(model.callerTypeChoices(), "group:non_data"));
        assertThat(model.rows()).hasSize(1).allMatch(r -> r.contact().callerType().equals("silent"));
        model.callerTypeProperty().set(choice(model.callerTypeChoices(), "type:at_risk"));
        drain(model);
        assertThat(model.rows()).hasSize(250);
        model.clearFilters();
        model.outcomeProperty().set(choice(model.outcomeChoices(), "information_given"));
        drain(model);
        assertThat(model.rows()).hasSize(250);
        model.sourceProperty().set(choice(model.sourceChoices(), "police"));
        assertThat(model.rows()).isEmpty();
        assertThat(model.status().messageProperty().get()).isEqualTo("No contacts");
    }

    @Test
    void periodAndQuickPeriods() {
        LocalDate today = LocalDate.now(logbook.zone());
        logbook.contacts().save(TestLogbooks.dataContact(today.atTime(0, 30), "other", null));
        var model = started();
        model.today();
        assertThat(model.rows()).hasSize(1);
        model.fromProperty().set(newest.toLocalDate());
        model.toProperty().set(newest.toLocalDate());
        drain(model);
        assertThat(model.rows()).hasSize(250);
        model.toProperty().set(newest.toLocalDate().minusDays(1));
        assertThat(model.rows()).isEmpty();
        model.thisMonth();
        assertThat(model.fromProperty().get()).isEqualTo(today.withDayOfMonth(1));
    }

    @Test
    void staffFilterForManagers() {
        var model = started();
        assertThat(model.isManager()).isTrue();
        assertThat(model.staffChoices()).extracting(Choice::label).contains("manager1", "worker1");
        model.staffProperty().set(model.staffChoices().stream().filter(c -> c.label().equals("worker1")).findFirst().orElseThrow());
        assertThat(model.rows()).isEmpty();
        assertThat(model.rows()).allMatch(r -> r.loggedBy().equals("worker1"));
    }

    @Test
    void notesSearchFindsMatchesAndNeverLoadsEverything() {
        var model = started();
        model.notesSearchProperty().set("WALKING the dog");
        model.search();
        assertThat(model.searchingProperty().get()).isTrue();
        assertThat(model.rows()).hasSize(25).allMatch(r -> r.contact().notes().contains("walking the dog"));
        assertThat(model.searchPausedProperty().get()).isFalse();
        model.clearSearch();
        assertThat(model.rows()).hasSize(ContactLogViewModel.PAGE_SIZE);
    }

    @Test
    void showFilteredAppliesADashboardFilter() {
        var model = new ContactLogViewModel(logbook, new DirectTaskRunner());
        ZoneId zone = logbook.zone();
        var from = newest.toLocalDate().atStartOfDay(zone).toInstant();
        model.showFiltered(new ContactFilter(from, from.plusSeconds(86_400), null, null, null, "mental_health", null,
                null, null, null));
        assertThat(model.topicProperty().get().code()).isEqualTo("mental_health");
        assertThat(model.fromProperty().get()).isEqualTo(newest.toLocalDate());
        assertThat(model.toProperty().get()).isEqualTo(newest.toLocalDate());
        drain(model);
        assertThat(model.rows()).hasSize(125).allMatch(r -> r.contact().topics().equals(List.of("mental_health")));
    }

    private ContactLogViewModel started() {
        var model = new ContactLogViewModel(logbook, new DirectTaskRunner());
        model.start();
        return model;
    }

    private static void drain(ContactLogViewModel model) {
        while (model.hasMoreProperty().get()) {
            model.loadMore();
        }
    }

    private static Choice choice(List<Choice> choices, String code) {
        return choices.stream().filter(c -> code.equals(c.code())).findFirst().orElseThrow();
    }
}
