package org.helplinelogbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The compact command's sizes read alike on every computer (an outside check found "1.234,5 MB" on a German one). */
class CompactCommandTest {

    @Test
    void sizesAreWrittenTheBritishWayWhateverTheComputersLanguage() {
        Locale before = Locale.getDefault();
        try {
            for (Locale system : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("ar-EG"), Locale.UK}) {
                Locale.setDefault(system);
                assertThat(CompactCommand.megabytes(1_234_500_000L)).as(system.toString()).isEqualTo("1,234.5 MB");
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
