package org.helplinelogbook.ui.taxonomy;

import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.Taxonomy;
import org.helplinelogbook.domain.TaxonomyEntry;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.WorkStatus;

/** The taxonomy editor: one dimension at a time; relabel, add, retire or reactivate, and reorder codes. */
public final class TaxonomyViewModel {

    private final Logbook logbook;
    private final TaskRunner runner;
    private Taxonomy taxonomy;

    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(this, "dimension", Dimension.CALLER_TYPE);
    private final ObservableList<TaxonomyEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<TaxonomyEntry> groups = FXCollections.observableArrayList();
    private final ObjectProperty<TaxonomyEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty newCode = new SimpleStringProperty(this, "newCode", "");
    private final StringProperty newLabel = new SimpleStringProperty(this, "newLabel", "");
    private final ObjectProperty<TaxonomyEntry> newGroup = new SimpleObjectProperty<>(this, "newGroup");
    private final BooleanProperty newCountsAsData = new SimpleBooleanProperty(this, "newCountsAsData", true);
    private final ReadOnlyStringWrapper versionText = new ReadOnlyStringWrapper(this, "versionText", "");
    private final WorkStatus status = new WorkStatus();

    public TaxonomyViewModel(Logbook logbook, TaskRunner runner) {
        this.logbook = logbook;
        this.runner = runner;
        dimension.addListener((obs, was, now) -> showDimension(null));
        selected.addListener((obs, was, now) -> label.set(now == null ? "" : now.label()));
    }

    public ObjectProperty<Dimension> dimensionProperty() { return dimension; }
    public ObservableList<TaxonomyEntry> entries() { return entries; }
    public ObservableList<TaxonomyEntry> groups() { return groups; }
    public ObjectProperty<TaxonomyEntry> selectedProperty() { return selected; }
    public StringProperty labelProperty() { return label; }
    public StringProperty newCodeProperty() { return newCode; }
    public StringProperty newLabelProperty() { return newLabel; }
    public ObjectProperty<TaxonomyEntry> newGroupProperty() { return newGroup; }
    public BooleanProperty newCountsAsDataProperty() { return newCountsAsData; }
    public ReadOnlyStringProperty versionTextProperty() { return versionText.getReadOnlyProperty(); }
    public WorkStatus status() { return status; }

    public String dimensionLabel(Dimension d) {
        return Messages.get("taxonomy.dimension." + d.code());
    }

    public String groupLabel(String code) {
        return code == null || taxonomy == null ? "" : taxonomy.label(Dimension.CALLER_GROUP, code);
    }

    public String activeLabel(TaxonomyEntry e) {
        return Messages.get(e.active() ? "taxonomy.active.yes" : "taxonomy.active.no");
    }

    public void load() {
        apply(() -> logbook.taxonomyService().current(), null, null);
    }

    public void relabel() {
        TaxonomyEntry e = selected.get();
        if (e != null) {
            String l = label.get();
            apply(() -> {
                logbook.taxonomyService().relabel(e.dimension(), e.code(), l);
                return logbook.taxonomyService().current();
            }, e.code(), "taxonomy.done.relabel");
        }
    }

    public void toggleActive() {
        TaxonomyEntry e = selected.get();
        if (e != null) {
            apply(() -> {
                logbook.taxonomyService().setActive(e.dimension(), e.code(), !e.active());
                return logbook.taxonomyService().current();
            }, e.code(), e.active() ? "taxonomy.done.retire" : "taxonomy.done.reactivate");
        }
    }

    public void move(int direction) {
        TaxonomyEntry e = selected.get();
        if (e != null) {
            apply(() -> {
                logbook.taxonomyService().move(e.dimension(), e.code(), direction);
                return logbook.taxonomyService().current();
            }, e.code(), "taxonomy.done.move");
        }
    }

    public void add() {
        Dimension d = dimension.get();
        String code = newCode.get() == null ? "" : newCode.get().strip();
        String l = newLabel.get();
        String group = newGroup.get() == null ? null : newGroup.get().code();
        boolean data = newCountsAsData.get();
        apply(() -> {
            logbook.taxonomyService().add(d, code, l, group, data);
            return logbook.taxonomyService().current();
        }, code, "taxonomy.done.add");
    }

    private void apply(Callable<Taxonomy> work, String select, String doneKey) {
        status.run(runner, work, t -> {
            taxonomy = t;
            versionText.set(Messages.get("taxonomy.version", t.version()));
            groups.setAll(t.all(Dimension.CALLER_GROUP));
            showDimension(select);
            if (doneKey != null) {
                status.say(Messages.get(doneKey, select));
                if ("taxonomy.done.add".equals(doneKey)) {
                    newCode.set("");
                    newLabel.set("");
                }
            }
        });
    }

    private void showDimension(String select) {
        if (taxonomy == null) {
            return;
        }
        entries.setAll(taxonomy.all(dimension.get()));
        selected.set(entries.stream().filter(e -> e.code().equals(select)).findFirst().orElse(null));
    }
}
