package org.helplinelogbook.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.helplinelogbook.logbook.NotesPolicy;
import org.helplinelogbook.privacy.IdentifierHit;
import org.helplinelogbook.privacy.IdentifierKind;
import org.helplinelogbook.privacy.Redactor;

/**
 * The live identifier warnings of a notes field (edit form, review of old notes): the service's policy scans the
 * text, each hit offers Show, Redact and Keep (with a reason), and {@link #choices()} hands what was kept to the
 * save, where the same policy is enforced. Excerpts live only in memory, for the worker to see.
 */
public final class NoteWarnings {

    /** One identifier found in the notes. */
    public record Warning(IdentifierHit hit, String excerpt, boolean kept) {
        public boolean high() {
            return NotesPolicy.blocks(hit);
        }

        public String kindLabel() {
            String label = hit.kind().label();
            return Character.toUpperCase(label.charAt(0)) + label.substring(1);
        }

        public boolean blocksSaving() {
            return high() && !kept;
        }
    }

    /** The service's policy; a supplier, so a form made before sign-in scans with the logbook it is given later. */
    private final Supplier<NotesPolicy> policy;
    private final Supplier<String> text;
    private final Consumer<String> setText;
    private final ObservableList<Warning> warnings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper saveBlocked = new ReadOnlyBooleanWrapper(false);
    private final Map<String, NotesPolicy.Kept> kept = new HashMap<>();

    public NoteWarnings(NotesPolicy policy, Supplier<String> text, Consumer<String> setText) {
        this(() -> policy, text, setText);
    }

    public NoteWarnings(Supplier<NotesPolicy> policy, Supplier<String> text, Consumer<String> setText) {
        this.policy = policy;
        this.text = text;
        this.setText = setText;
    }

    public ObservableList<Warning> warnings() {
        return warnings;
    }

    public ReadOnlyBooleanProperty saveBlockedProperty() {
        return saveBlocked.getReadOnlyProperty();
    }

    /** Re-scans the notes (after a typing pause, and before saving). */
    public void scan() {
        String notes = text.get() == null ? "" : text.get();
        List<Warning> found = new ArrayList<>();
        for (IdentifierHit hit : policy.get().scan(notes)) {
            String excerpt = notes.substring(hit.start(), hit.end());
            found.add(new Warning(hit, excerpt, kept.containsKey(key(hit.kind(), excerpt))));
        }
        warnings.setAll(found);
        saveBlocked.set(found.stream().anyMatch(Warning::blocksSaving));
    }

    /** Replaces one identifier, with its pieces, by its token, e.g. "[PHONE]". */
    public void redact(Warning warning) {
        String notes = text.get();
        IdentifierHit hit = warning.hit();
        if (notes != null && hit.end() <= notes.length() && notes.substring(hit.start(), hit.end()).equals(warning.excerpt())) {
            setText.accept(Redactor.redact(notes, hit));
        }
        scan();
    }

    /** Keeps an identifier on purpose; false (and nothing kept) when the reason is blank. */
    public boolean keep(Warning warning, String reason) {
        if (reason == null || reason.isBlank()) {
            return false;
        }
        kept.put(key(warning.hit().kind(), warning.excerpt()),
                new NotesPolicy.Kept(warning.hit().kind(), warning.excerpt(), reason));
        scan();
        return true;
    }

    /** What to tell the save about the identifiers kept on purpose. */
    public NotesPolicy.Choices choices() {
        return NotesPolicy.Choices.keeping(Set.copyOf(kept.values()));
    }

    /** Forgets every warning and every kept identifier (a new contact, a cancelled edit). */
    public void clear() {
        kept.clear();
        warnings.clear();
        saveBlocked.set(false);
    }

    private static String key(IdentifierKind kind, String excerpt) {
        return kind.name() + "\u0000" + excerpt;
    }
}
