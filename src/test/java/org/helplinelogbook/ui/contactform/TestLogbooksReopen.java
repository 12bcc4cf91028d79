package org.helplinelogbook.ui.contactform;

import java.nio.file.Path;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.ui.common.TestLogbooks;

final class TestLogbooksReopen {
    private TestLogbooksReopen() {}

    static Logbook open(Path dir) {
        return LogbookOpening.open(dir, TestLogbooks.MANAGER, TestLogbooks.PASSWORD.toCharArray());
    }
}
