package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services tell the open screens of the session when a list changed, after it committed and only then. */
class ListChangesTest {

    @TempDir
    Path dir;

    private Logbook logbook;
    private final List<ListChanges.Kind> heard = new ArrayList<>();

    @BeforeEach
    void open() {
        logbook = TestLogbooks.createWithWorker(dir);
        logbook.listChanges().subscribe(EnumSet.allOf(ListChanges.Kind.class), heard::add);
    }

    @AfterEach
    void close() {
        if (!logbook.isClosed()) {
            logbook.close();
        }
    }

    @Test
    void eachCommittedChangeIsToldOnceWithItsList() {
        logbook.taxonomyService().add(Dimension.TOPIC, "sextortion", "Sextortion", null, true);
        logbook.taxonomyService().relabel(Dimension.TOPIC, "sextortion", "Sextortion (threats)");
        var campaign = logbook.campaigns().add(new CampaignService.Input("Posters", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 31), BigDecimal.ONE, "GBP", null, null));
        logbook.campaigns().delete(campaign.id());
        logbook.accounts().add("worker9", Role.WORKER, "a third long password".toCharArray());
        logbook.accounts().disable("worker9");

        assertThat(heard).containsExactly(ListChanges.Kind.TAXONOMY, ListChanges.Kind.TAXONOMY,
                ListChanges.Kind.CAMPAIGNS, ListChanges.Kind.CAMPAIGNS, ListChanges.Kind.ACCOUNTS,
                ListChanges.Kind.ACCOUNTS);
        assertThat(logbook.taxonomy().label(Dimension.TOPIC, "sextortion")).isEqualTo("Sextortion (threats)");
    }

    @Test
    void aRefusedChangeTellsNobody() {
        assertThatThrownBy(() -> logbook.taxonomyService().relabel(Dimension.TOPIC, "safety_planning", " "));
        assertThatThrownBy(() -> logbook.campaigns().add(new CampaignService.Input("", null, null, null, null, null,
                null)));
        assertThat(heard).isEmpty();
    }

    @Test
    void onlyTheListsAskedForAreTold() {
        List<ListChanges.Kind> campaignsOnly = new ArrayList<>();
        var subscription = logbook.listChanges().subscribe(EnumSet.of(ListChanges.Kind.CAMPAIGNS), campaignsOnly::add);
        logbook.taxonomyService().add(Dimension.TOPIC, "sextortion", "Sextortion", null, true);
        assertThat(campaignsOnly).isEmpty();

        subscription.close();
        logbook.campaigns().add(new CampaignService.Input("Posters", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 31), BigDecimal.ONE, "GBP", null, null));
        assertThat(campaignsOnly).isEmpty();
    }

    @Test
    void aListenerThatFailsDoesNotFailTheChange() {
        logbook.listChanges().subscribe(EnumSet.of(ListChanges.Kind.TAXONOMY), k -> {
            throw new IllegalStateException("screen gone");
        });
        logbook.taxonomyService().add(Dimension.TOPIC, "sextortion", "Sextortion", null, true);
        assertThat(logbook.taxonomy().find(Dimension.TOPIC, "sextortion")).isPresent();
    }

    @Test
    void closingTheLogbookLetsGoOfEveryListener() {
        logbook.close();
        assertThat(logbook.listChanges().listenerCount()).isZero();
    }
}
