package org.helplinelogbook.logbook;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.security.NoteKeyring;
import org.helplinelogbook.security.NoteVault;

/**
 * Staff accounts. Each account's password unlocks its own key slot; the database row holds only the username,
 * role and flags. Managers add, disable and reset accounts; anyone changes their own password.
 */
public final class AccountService {

    private static final char[] ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();


    private final Store store;
    private final AuditedWrites writes;
    private final Actor actor;
    private final NoteVault vault;
    private final DataKey dataKey;
    private final Supplier<KeySlotFile> keySlots;
    private final Runnable passwordChanged;
    private final ListChanges lists;

    AccountService(Store store, AuditedWrites writes, Actor actor, NoteVault vault, DataKey dataKey,
            Supplier<KeySlotFile> keySlots, Runnable passwordChanged, ListChanges lists) {
        this.lists = lists;
        this.store = store;
        this.writes = writes;
        this.actor = actor;
        this.vault = vault;
        this.dataKey = dataKey;
        this.keySlots = keySlots;
        this.passwordChanged = passwordChanged;
    }

    public List<StaffAccount> list() {
        actor.requireManager("list staff accounts");
        return store.read(r -> r.staff().list());
    }

    public StaffAccount add(String username, Role role, char[] password) {
        actor.requireManager("add staff accounts");
        requireValid(username, password);
        if (store.read(r -> r.staff().find(username)).isPresent()) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT,
                    "An account called '" + username + "' already exists.");
        }
        var slots = keySlots.get();
        synchronized (slots) {
            // A fresh author key; the managers' key pair (private half for a manager only) from this manager's slot.
            slots.putPasswordSlot(username, role, password, false, dataKey,
                    vault.keyring().forAccount(role));
            LogbookOpening.saveSlots(slots);
        }
        long id = writes.write(r -> r.staff().insert(username, role, false), AuditActions.ACCOUNT_ADD,
                String::valueOf, "role", x -> null);
        lists.changed(ListChanges.Kind.ACCOUNTS);
        return new StaffAccount(id, username, role, true, false);
    }

    /**
     * Disables an account: its key slot is removed, so its password no longer opens the logbook, and its author day
     * keys are destroyed, so even a copy of its old slot opens none of its notes.
     */
    public void disable(String username) {
        actor.requireManager("disable staff accounts");
        StaffAccount account = existing(username);
        if (account.id() == actor.staffId()) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "You cannot disable your own account.");
        }
        var slots = keySlots.get();
        synchronized (slots) {
            slots.removeSlot(username);
            LogbookOpening.saveSlots(slots);
        }
        writes.write(r -> {
            r.staff().setActive(account.id(), false);
            destroyAuthorKeys(r, account.id());
            return account.id();
        }, AuditActions.ACCOUNT_DISABLE, String::valueOf, "active", x -> null);
        lists.changed(ListChanges.Kind.ACCOUNTS);
    }

    /** Issues a one-time password that must be changed at next sign-in; also re-enables a disabled account. */
    public String reset(String username) {
        actor.requireManager("reset staff accounts");
        StaffAccount account = existing(username);
        char[] oneTime = oneTimePassword();
        try {
            var slots = keySlots.get();
            synchronized (slots) {
                // A new author key (the old one was in the forgotten slot): today's author copies are dropped.
                slots.putPasswordSlot(username, account.role(), oneTime, true, dataKey,
                        vault.keyring().forAccount(account.role()));
                LogbookOpening.saveSlots(slots);
            }
            writes.write(r -> {
                destroyAuthorKeys(r, account.id());
                r.staff().setActive(account.id(), true);
                r.staff().setMustChangePassword(account.id(), true);
                return account.id();
            }, AuditActions.ACCOUNT_RESET, String::valueOf, "password", x -> null);
            lists.changed(ListChanges.Kind.ACCOUNTS); // a disabled account may be active again
            return new String(oneTime);
        } finally {
            Arrays.fill(oneTime, '\0');
        }
    }

    /** Changes the signed-in person's own password (re-wraps the data key in their slot). */
    public void changeOwnPassword(char[] newPassword) {
        requireValid(actor.username(), newPassword);
        var slots = keySlots.get();
        synchronized (slots) {
            slots.putPasswordSlot(actor.username(), actor.role(), newPassword, false, dataKey,
                    vault.keyring().own());
            LogbookOpening.saveSlots(slots);
        }
        writes.write(r -> {
            r.staff().setMustChangePassword(actor.staffId(), false);
            return actor.staffId();
        }, AuditActions.PASSWORD_CHANGE, String::valueOf, "password", x -> null);
        passwordChanged.run();
    }

    /**
     * Makes a new recovery key holding the managers' note keys, replacing the old one (whose printed sheet stops
     * working). Needed once after the upgrade to reading keys: an older recovery key opens the data but no note
     * sealed since. Returns the key to print; it is never stored in clear.
     */
    public String replaceRecoveryKey() {
        actor.requireManager("make a new recovery key");
        NoteKeyring keyring = vault.keyring();
        if (!keyring.readsAll()) {
            throw new LogbookException(LogbookException.Kind.NOT_ALLOWED, "Only a manager whose account holds the"
                    + " managers' note key can make a new recovery key.");
        }
        String recoveryKey;
        var slots = keySlots.get();
        synchronized (slots) {
            recoveryKey = slots.createRecoverySlot(dataKey, keyring.forRecovery());
            LogbookOpening.saveSlots(slots);
        }
        writes.record(AuditActions.RECOVERY_KEY_REPLACED, null, null, null);
        return recoveryKey;
    }

    /** Whether this account holds the managers' note key (reads every note); false for workers. */
    public boolean readsAllNotes() {
        return vault.keyring().readsAll();
    }

    private static void destroyAuthorKeys(Store.Repositories r, long staffId) {
        if (r.authorKeys().destroyForStaff(staffId) > 0) {
            Retention.oweRewrite(r);
        }
    }

    private StaffAccount existing(String username) {
        return store.read(r -> r.staff().find(username)).orElseThrow(() -> new LogbookException(
                LogbookException.Kind.INVALID_INPUT, "There is no account called '" + username + "'."));
    }

    private static void requireValid(String username, char[] password) {
        if (!StaffAccount.isValidUsername(username)) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT,
                    "A username is 2 to 32 letters, digits, dots, dashes or underscores.");
        }
        if (password == null || password.length < StaffAccount.MIN_PASSWORD_LENGTH) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "A password needs at least 12 characters.");
        }
    }

    private static char[] oneTimePassword() {
        char[] out = new char[16];
        for (int i = 0; i < out.length; i++) {
            out[i] = ONE_TIME_ALPHABET[RANDOM.nextInt(ONE_TIME_ALPHABET.length)];
        }
        return out;
    }
}
