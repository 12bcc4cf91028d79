package org.helplinelogbook.ui.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.logbook.CampaignService;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.WorkStatus;

/** Awareness campaigns: the list and one form, for a new campaign or the selected one. */
public final class CampaignsViewModel {

    private final Logbook logbook;
    private final TaskRunner runner;

    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>(this, "end");
    private final StringProperty cost = new SimpleStringProperty(this, "cost", "");
    private final StringProperty currency = new SimpleStringProperty(this, "currency", "GBP");
    private final StringProperty platforms = new SimpleStringProperty(this, "platforms", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper(this, "formTitle", "");
    private final WorkStatus status = new WorkStatus();

    public CampaignsViewModel(Logbook logbook, TaskRunner runner) {
        this.logbook = logbook;
        this.runner = runner;
        selected.addListener((obs, was, now) -> fill(now));
        fill(null);
    }

    public ObservableList<Campaign> campaigns() { return campaigns; }
    public ObjectProperty<Campaign> selectedProperty() { return selected; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<LocalDate> startProperty() { return start; }
    public ObjectProperty<LocalDate> endProperty() { return end; }
    public StringProperty costProperty() { return cost; }
    public StringProperty currencyProperty() { return currency; }
    public StringProperty platformsProperty() { return platforms; }
    public StringProperty notesProperty() { return notes; }
    public ReadOnlyStringProperty formTitleProperty() { return formTitle.getReadOnlyProperty(); }
    public WorkStatus status() { return status; }

    public void load() {
        apply(() -> logbook.campaigns().list(), null, null);
    }

    /** Clears the form for a new campaign. */
    public void startNew() {
        selected.set(null);
        fill(null);
    }

    /** Adds a new campaign, or saves the selected one. Problems are shown without leaving the form. */
    public void save() {
        CampaignService.Input input;
        try {
            input = input();
        } catch (NumberFormatException e) {
            status.refuse(Messages.get("campaigns.problem.cost"));
            return;
        }
        List<String> problems = CampaignService.problems(input);
        if (!problems.isEmpty()) {
            status.refuse(String.join(" ", problems));
            return;
        }
        Campaign editing = selected.get();
        apply(() -> {
            Campaign saved = editing == null ? logbook.campaigns().add(input) : logbook.campaigns().edit(editing.id(), input);
            selectAfter = saved.id();
            return logbook.campaigns().list();
        }, editing == null ? "campaigns.added" : "campaigns.saved", input.name().strip());
    }

    private long selectAfter = -1;

    public String deleteQuestion() {
        Campaign c = selected.get();
        return c == null ? "" : Messages.get("campaigns.delete.question", c.name());
    }

    public void delete() {
        Campaign c = selected.get();
        if (c == null) {
            return;
        }
        apply(() -> {
            logbook.campaigns().delete(c.id());
            selectAfter = -1;
            return logbook.campaigns().list();
        }, "campaigns.deleted", c.name());
    }

    private CampaignService.Input input() {
        String costText = cost.get() == null ? "" : cost.get().strip().replace(",", "").replace("£", "");
        BigDecimal amount = costText.isEmpty() ? null : new BigDecimal(costText);
        return new CampaignService.Input(name.get(), start.get(), end.get(), amount, currency.get(), platforms.get(),
                notes.get());
    }

    private void apply(Callable<List<Campaign>> work, String doneKey, String what) {
        status.run(runner, work, list -> {
            campaigns.setAll(list);
            selected.set(list.stream().filter(c -> c.id() == selectAfter).findFirst().orElse(null));
            if (selected.get() == null) {
                fill(null);
            }
            if (doneKey != null) {
                status.say(Messages.get(doneKey, what));
            }
        });
    }

    private void fill(Campaign c) {
        name.set(c == null ? "" : c.name());
        start.set(c == null ? null : c.startsOn());
        end.set(c == null ? null : c.endsOn());
        cost.set(c == null || c.cost() == null ? "" : c.cost().toPlainString());
        currency.set(c == null ? "GBP" : c.currency());
        platforms.set(c == null || c.platforms() == null ? "" : c.platforms());
        notes.set(c == null || c.notes() == null ? "" : c.notes());
        formTitle.set(c == null ? Messages.get("campaigns.form.new") : Messages.get("campaigns.form.edit", c.name()));
        status.clearError();
    }
}
