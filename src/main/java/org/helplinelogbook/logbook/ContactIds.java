package org.helplinelogbook.logbook;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids for new contacts: time-ordered random UUIDs (RFC 9562 version 7: 48-bit Unix milliseconds, then 74 random
 * bits). A random version-4 id sends every insert to a random page of the id indexes; on an encrypted file larger
 * than the page cache each of those is a read and an AES decryption, so saving and importing slowed down as the
 * logbook grew. Time-ordered ids land at the end of those indexes. The time they carry is no more than the
 * contact's own {@code created_at}.
 */
final class ContactIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ContactIds() {
    }

    static UUID next() {
        long millis = System.currentTimeMillis();
        long msb = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
