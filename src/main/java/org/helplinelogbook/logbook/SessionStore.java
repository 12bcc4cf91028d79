package org.helplinelogbook.logbook;

import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.helplinelogbook.domain.Store;

/**
 * The repositories as the services of one session see them: every read and write refuses once the logbook is
 * locked (log out or auto-lock), so a service holding it never touches a closed database.
 */
final class SessionStore implements Store {

    private final Store store;
    private final BooleanSupplier closed;

    SessionStore(Store store, BooleanSupplier closed) {
        this.store = store;
        this.closed = closed;
    }

    /** @throws LogbookException AUTHENTICATION once the logbook is locked */
    void requireOpen() {
        if (closed.getAsBoolean()) {
            throw new LogbookException(LogbookException.Kind.AUTHENTICATION, "The logbook is locked. Sign in again.");
        }
    }

    @Override
    public <T> T write(Function<Repositories, T> work) {
        requireOpen();
        return store.write(work);
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
        requireOpen();
        return store.read(work);
    }
}
