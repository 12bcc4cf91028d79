package org.helplinelogbook.logbook;

import java.util.HexFormat;
import java.util.Optional;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.security.Hpke;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.security.NoteKeyring;
import org.helplinelogbook.security.SlotKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a key slot written before reading keys existed (a logbook upgraded to V43) the note keys it lacks, at the
 * account's sign-in, while its password is at hand to re-wrap the slot: a fresh author key; the managers' public
 * key, published in the settings by the first manager to sign in (trusted on first use, then kept in the slot);
 * and, for that first manager, a new managers' key pair. Other managers get the private key when a manager who
 * holds it resets their password (ADR 2). A failure is logged and retried at the next sign-in.
 */
final class NoteKeyEnrolment {

    private static final Logger LOG = LoggerFactory.getLogger(NoteKeyEnrolment.class);

    private NoteKeyEnrolment() {}

    static void publish(Store store, byte[] publicKey) {
        store.writeAll(r -> r.settings().put(LogbookSettings.NOTES_PUBLIC_KEY, HexFormat.of().formatHex(publicKey)));
    }

    static Optional<byte[]> published(Store store) {
        return store.read(r -> r.settings().get(LogbookSettings.NOTES_PUBLIC_KEY)).map(HexFormat.of()::parseHex);
    }

    /** Completes the signed-in account's slot; {@code password} is the one it was just unlocked with. */
    static void completeSlot(Logbook logbook, char[] password) {
        NoteKeyring keyring = logbook.notes().keyring();
        try {
            if (keyring.readsAll() && published(logbook.store()).isEmpty()) {
                publish(logbook.store(), keyring.publicKey()); // a previous publish after enrolment failed
            }
            if (keyring.hasAuthorKey() && keyring.sealsForManagers()) {
                return;
            }
            byte[] author = keyring.hasAuthorKey() ? keyring.authorKey().clone() : NoteKeyring.randomKey();
            byte[] publicKey = keyring.sealsForManagers() ? keyring.publicKey().clone() : null;
            byte[] privateKey = keyring.readsAll() ? keyring.privateKey().clone() : null;
            boolean newPair = false;
            if (publicKey == null) {
                publicKey = published(logbook.store()).orElse(null);
                if (publicKey == null && logbook.actor().isManager()) {
                    byte[][] pair = Hpke.generateKeyPair();
                    privateKey = pair[0];
                    publicKey = pair[1];
                    newPair = true;
                }
            }
            rewrap(logbook, password, new SlotKeys(author, publicKey, privateKey));
            if (newPair) {
                byte[] ours = publicKey;
                boolean won = logbook.store().write(r -> {
                    r.lockJob("notes-public-key"); // shared logbook: two first managers at two desks at once
                    if (r.settings().get(LogbookSettings.NOTES_PUBLIC_KEY).isPresent()) {
                        return false;
                    }
                    r.settings().put(LogbookSettings.NOTES_PUBLIC_KEY, HexFormat.of().formatHex(ours));
                    return true;
                });
                if (!won) {
                    // Another desk's manager published a pair first: seal to theirs; this pair is dropped unused.
                    rewrap(logbook, password, new SlotKeys(author, published(logbook.store()).orElseThrow(), null));
                }
                logbook.record(AuditActions.NOTE_KEYS_CREATED, null, null, null);
            } else {
                logbook.record(AuditActions.NOTE_KEYS_ENROLLED, null, null, null);
            }
        } catch (RuntimeException e) {
            LOG.warn("Note keys could not be added to the key slot: {}", e.getClass().getName());
        }
    }

    private static void rewrap(Logbook logbook, char[] password, SlotKeys keys) {
        String username = logbook.actor().username();
        KeySlotFile slots = logbook.slots();
        synchronized (slots) {
            KeySlotFile.SlotInfo info = slots.slot(username).orElseThrow();
            slots.putPasswordSlot(username, info.role(), password, info.mustChangePassword(), logbook.key(), keys);
            LogbookOpening.saveSlots(slots);
        }
        logbook.notes().useKeys(new NoteKeyring(logbook.actor().staffId(), keys));
    }
}
