package org.helplinelogbook.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.h2.store.fs.FileUtils;
import org.junit.jupiter.api.Test;

/** The sign-in screen's prewarm (issue 17) does its whole round on a throwaway logbook and leaves nothing behind. */
class PrewarmTest {

    @Test
    void thePrewarmRunsToTheEndInMemoryAndLeavesNothingBehind() {
        assertThat(Database.prewarm()).isTrue();
        assertThat(FileUtils.newDirectoryStream("memFS:/")).isEmpty();
    }
}
