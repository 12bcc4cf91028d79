package org.helplinelogbook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.ReadOnlyStringProperty;
import org.junit.jupiter.api.Test;

class ShownTextsTest {

    private enum Figure { TOTAL, MEDIAN }

    @Test
    void everyTextIsEmptyUntilSetAndABoundViewSeesEachChange() {
        ShownTexts<Figure> texts = new ShownTexts<>(Figure.class);
        ReadOnlyStringProperty total = texts.get(Figure.TOTAL);

        assertThat(total.get()).isEmpty();
        assertThat(texts.get(Figure.MEDIAN).get()).isEmpty();

        texts.set(Figure.TOTAL, "15");

        assertThat(total.get()).as("the same property, not a copy").isEqualTo("15");
        assertThat(texts.get(Figure.MEDIAN).get()).isEmpty();
    }
}
