package org.helplinelogbook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.report.CampaignImpact.Phase;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.dashboard.CampaignImpactViewModel.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignImpactViewModelTest {

    @TempDir
    Path dir;

    Logbook logbook;
    CampaignImpactViewModel vm;

    @BeforeEach
    void open() {
        logbook = DashboardFixture.create(dir);
        // Two weeks from Monday 2 February 2026, £1,000. Before: 10 contacts; during: 30 (28 + 2 via police).
        DashboardFixture.campaign(logbook, "Spring push", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 15), "1000");
        List<ContactDraft> drafts = new ArrayList<>();
        drafts.addAll(DashboardFixture.data(10, LocalDate.of(2026, 1, 21), "phone", "at_risk", "internet_search"));
        drafts.addAll(DashboardFixture.data(28, LocalDate.of(2026, 2, 4), "phone", "at_risk", "advert_social_media"));
        drafts.addAll(DashboardFixture.data(2, LocalDate.of(2026, 2, 5), "chat", "family_friend", "police"));
        logbook.contacts().saveAll(drafts, "test");
        vm = new CampaignImpactViewModel(logbook, new DirectTaskRunner());
        vm.loadCampaigns();
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    @Test
    void choosesTheCampaignWithItsOwnLengthEachSide() {
        assertThat(vm.campaignProperty().get().name()).isEqualTo("Spring push");
        assertThat(vm.weeksProperty().get()).isEqualTo(2);
        assertThat(vm.text(Text.HEADING).get()).startsWith("Spring push: 2 Feb 2026 to 15 Feb 2026");
    }

    @Test
    void impactFromThePublishedWindowTotals() {
        assertThat(vm.text(Text.WINDOW_TOTALS).get()).isEqualTo("Before: 10 · During: 30 · After: 0");
        // 5 a week before, 15 during: +200 %; 10 expected, 20 additional, £1,000 / 20.
        assertThat(vm.text(Text.MEAN_BEFORE).get()).isEqualTo("5.0");
        assertThat(vm.text(Text.MEAN_DURING).get()).isEqualTo("15.0");
        assertThat(vm.text(Text.UPLIFT).get()).isEqualTo("+200%");
        assertThat(vm.text(Text.ADDITIONAL).get()).isEqualTo("20.0");
        assertThat(vm.text(Text.COST_PER_ADDITIONAL).get()).isEqualTo("£50.00");
    }

    @Test
    void weeklyBarsAndSplitsAreUnderThePolicy() {
        assertThat(vm.weekBars()).hasSize(6);
        assertThat(vm.weekBars()).extracting(CampaignImpactViewModel.WeekBar::phase)
                .containsExactly(Phase.BEFORE, Phase.BEFORE, Phase.DURING, Phase.DURING, Phase.AFTER, Phase.AFTER);
        assertThat(vm.weekBars()).extracting(CampaignImpactViewModel.WeekBar::shown)
                .containsExactly("10", "0", "30", "0", "0", "0"); // 21 January is in the week from the 19th
        assertThat(vm.bySource()).filteredOn(r -> r.label().equals("Police or arrest"))
                .containsExactly(new CampaignImpactViewModel.SplitRow("Police or arrest", "0", "*", "0"));
        assertThat(vm.bySource()).filteredOn(r -> r.label().equals("Campaign advert on social media"))
                .containsExactly(new CampaignImpactViewModel.SplitRow("Campaign advert on social media", "0", "30", "0"));

        vm.exactProperty().set(true);
        assertThat(vm.bySource()).filteredOn(r -> r.label().equals("Police or arrest"))
                .containsExactly(new CampaignImpactViewModel.SplitRow("Police or arrest", "0", "2", "0"));
        assertThat(vm.text(Text.UPLIFT).get()).isEqualTo("+200.0%");
    }
}
