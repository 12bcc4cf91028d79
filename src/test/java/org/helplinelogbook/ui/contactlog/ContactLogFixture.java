package org.helplinelogbook.ui.contactlog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.TestLogbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real encrypted logbook with a worker and 250 contacts, one a minute back from {@link #newest} (a minute before
 * today began): two and a half pages of the contact log, for its view model's tests.
 */
abstract class ContactLogFixture {

    @TempDir
    Path dir;

    Logbook logbook;
    LocalDateTime newest;

    @BeforeEach
    void create() {
        logbook = TestLogbooks.createWithWorker(dir);
        newest = LocalDate.now(logbook.zone()).atTime(LocalTime.of(0, 0)).minusMinutes(1);
        logbook.contacts().saveAll(TestLogbooks.contacts(250, newest), "test");
    }

    @AfterEach
    void close() {
        logbook.close();
    }
}
