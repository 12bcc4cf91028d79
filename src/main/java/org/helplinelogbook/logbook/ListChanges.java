package org.helplinelogbook.logbook;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells every open screen of this session that one of the lists the others are built from has changed: the
 * taxonomy (caller types, topics, …), the campaigns or the staff accounts. The service that made the change calls
 * {@link #changed} after its transaction committed; a screen subscribes to the lists it shows and reloads them, so
 * a new topic is offered on the form already open, a new campaign appears in Campaign impact, and a new account in
 * the log's "Logged by" filter, without signing in again.
 *
 * <p>Listeners are called on the thread that made the change (usually a background thread of the desktop's task
 * runner): a screen hops to its own thread itself. The notice carries only which list changed, never data.
 * Closing the logbook drops every listener.
 */
public final class ListChanges {

    private static final Logger LOG = LoggerFactory.getLogger(ListChanges.class);

    /** The lists other screens are built from. */
    public enum Kind { TAXONOMY, CAMPAIGNS, ACCOUNTS }

    /** Stops one listener. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private record Listener(Set<Kind> kinds, Consumer<Kind> callback) {}

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();

    ListChanges() {
    }

    /** Calls {@code callback} after each committed change to one of {@code kinds}. */
    public Subscription subscribe(Set<Kind> kinds, Consumer<Kind> callback) {
        Listener listener = new Listener(EnumSet.copyOf(kinds), callback);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Called by a service once its change to {@code kind} has committed. A failing listener never fails the change. */
    void changed(Kind kind) {
        for (Listener l : listeners) {
            if (l.kinds().contains(kind)) {
                try {
                    l.callback().accept(kind);
                } catch (RuntimeException e) {
                    LOG.warn("A screen could not take in a change to the {} list: {}", kind, e.getClass().getName());
                }
            }
        }
    }

    /** How many listeners are subscribed (tests check that screens let go). */
    public int listenerCount() {
        return listeners.size();
    }

    void clear() {
        listeners.clear();
    }
}
