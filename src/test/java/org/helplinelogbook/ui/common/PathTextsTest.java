package org.helplinelogbook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathTextsTest {

    @Test
    void aShortPathIsShownWhole() {
        assertThat(PathTexts.shorten("/home/sam/Documents/Helpline Logbook", 48))
                .isEqualTo("/home/sam/Documents/Helpline Logbook");
    }

    @Test
    void aLongPathKeepsItsEndWhereTheFolderIsNamed() {
        String path = "/tmp/junit-10049351214320077336/restored-logbook/backups";
        assertThat(PathTexts.shorten(path, 48)).isEqualTo("\u2026/restored-logbook/backups").hasSizeLessThanOrEqualTo(48);
        assertThat(PathTexts.shorten("C:\\Users\\samantha.jones\\OneDrive - Helpline Trust\\Documents\\Logbook\\backups",
                48)).isEqualTo("\u2026\\Documents\\Logbook\\backups");
    }

    @Test
    void theLastPartIsKeptEvenWhenItAloneIsTooLong() {
        assertThat(PathTexts.shorten("/data/" + "x".repeat(60), 48)).isEqualTo("\u2026/" + "x".repeat(60));
    }
}
