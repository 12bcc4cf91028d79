package org.helplinelogbook.security;

import java.security.SecureRandom;
import java.util.Arrays;
import org.helplinelogbook.domain.Role;

/**
 * The note keys of the signed-in account, from its key slot (ADR 2): its own author key, the managers' public
 * key, and — for managers and the recovery key only — the managers' private key. Wiped at lock.
 */
public final class NoteKeyring {

    public static final NoteKeyring NONE = new NoteKeyring(-1, SlotKeys.NONE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final long staffId;
    private final byte[] authorKey;
    private final byte[] publicKey;
    private final byte[] privateKey;

    public NoteKeyring(long staffId, SlotKeys keys) {
        this.staffId = staffId;
        this.authorKey = keys.authorKey();
        this.publicKey = keys.notesPublicKey();
        this.privateKey = keys.notesPrivateKey();
    }

    /** Keys for the first manager of a new logbook: a fresh author key and a fresh managers' key pair. */
    public static SlotKeys forNewLogbook() {
        byte[][] pair = Hpke.generateKeyPair();
        try {
            return new SlotKeys(randomKey(), pair[1], pair[0]);
        } finally {
            Arrays.fill(pair[0], (byte) 0);
        }
    }

    public static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    public long staffId() {
        return staffId;
    }

    /** Whether this account can open every note (holds the managers' private key). */
    public boolean readsAll() {
        return privateKey != null;
    }

    /** Whether notes can be sealed for the managers (the public key is known); if not, the month-key scheme. */
    public boolean sealsForManagers() {
        return publicKey != null;
    }

    public boolean hasAuthorKey() {
        return authorKey != null;
    }

    public byte[] authorKey() {
        return authorKey;
    }

    public byte[] publicKey() {
        return publicKey;
    }

    public byte[] privateKey() {
        return privateKey;
    }

    /** This account's own keys, to keep in its slot when the password changes. */
    public SlotKeys own() {
        return new SlotKeys(authorKey, publicKey, privateKey);
    }

    /**
     * Keys for another account's new slot (added or reset): a fresh author key, the managers' public key, and the
     * private key only for a manager — and only if this account holds it to give.
     */
    public SlotKeys forAccount(Role role) {
        return new SlotKeys(randomKey(), publicKey, role == Role.MANAGER ? privateKey : null);
    }

    /** The recovery slot's keys: the managers' pair, no author key. */
    public SlotKeys forRecovery() {
        return new SlotKeys(null, publicKey, privateKey);
    }

    public void wipe() {
        for (byte[] k : new byte[][] {authorKey, publicKey, privateKey}) {
            if (k != null) {
                Arrays.fill(k, (byte) 0);
            }
        }
    }
}
