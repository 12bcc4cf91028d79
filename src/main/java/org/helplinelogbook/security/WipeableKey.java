package org.helplinelogbook.security;

import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * Key bytes held in memory only until the logbook is locked: {@link #destroy()} (or {@code close()}) overwrites them
 * with zeros, and any later use fails loudly instead of running with a zeroed key.
 */
abstract class WipeableKey implements Destroyable, AutoCloseable {

    /** The key itself; subclasses read it only after {@link #checkLive()}. */
    final byte[] key;
    private final String whenWiped;
    private boolean destroyed;

    /** @param whenWiped the message of the exception thrown when the wiped key is used */
    WipeableKey(byte[] key, String whenWiped) {
        this.key = key;
        this.whenWiped = whenWiped;
    }

    final void checkLive() {
        if (destroyed) {
            throw new IllegalStateException(whenWiped);
        }
    }

    @Override
    public synchronized void destroy() {
        Arrays.fill(key, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public void close() {
        destroy();
    }
}
