package org.helplinelogbook.ui.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * Every date field shows and reads en-GB dates ({@code 03/12/2026}, day first) whatever the computer's locale: a
 * DatePicker otherwise follows the system locale and would show "12/3/2026" beside the app's "3 Dec 2026".
 * {@link ViewLoader} applies it to every DatePicker of every view it loads.
 */
public final class EnGbDates {

    public static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    /** Also accepted when typed: single-digit day and month, and two-digit years. */
    private static final DateTimeFormatter[] READ = {SHORT, DateTimeFormatter.ofPattern("d/M/yyyy", Locale.UK),
            DateTimeFormatter.ofPattern("d/M/yy", Locale.UK), DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)};

    private EnGbDates() {}

    /** The converter every date field uses. A date it cannot read gives null (the field's value stays empty). */
    public static StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHORT.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                for (DateTimeFormatter f : READ) {
                    try {
                        return LocalDate.parse(text.strip(), f);
                    } catch (DateTimeParseException e) {
                        // try the next form
                    }
                }
                return null;
            }
        };
    }

    public static void apply(DatePicker picker) {
        picker.setConverter(converter());
        picker.setChronology(IsoChronology.INSTANCE);
        picker.setPromptText("dd/mm/yyyy");
        picker.getEditor().setPrefColumnCount(7); // room for the whole prompt and date ("30/12/2026"), no more
        picker.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** Applies {@link #apply(DatePicker)} to every DatePicker under {@code root}. */
    public static void applyAll(Node root) {
        if (root instanceof DatePicker picker) {
            apply(picker);
        } else if (root instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(EnGbDates::applyAll);
            // Content a control shows only once its skin is made: not among its children when a view is loaded.
            if (root instanceof SplitPane split) {
                split.getItems().forEach(EnGbDates::applyAll);
            } else if (root instanceof ScrollPane scroll && scroll.getContent() != null) {
                applyAll(scroll.getContent()); // the contact edit panel's date showed "12/3/2026"
            } else if (root instanceof TitledPane titled && titled.getContent() != null) {
                applyAll(titled.getContent());
            } else if (root instanceof TabPane tabs) {
                tabs.getTabs().stream().filter(t -> t.getContent() != null).forEach(t -> applyAll(t.getContent()));
            }
        }
    }
}
