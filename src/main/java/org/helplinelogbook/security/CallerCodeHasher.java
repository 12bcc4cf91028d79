package org.helplinelogbook.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.domain.Store;

/**
 * Codewords for one unlocked logbook: the slow hash with the logbook's salt ({@link CodewordHashing}, drawn on
 * first use and kept in the settings), a small cache so that the recognition check and the save that follows it
 * cost one slow hash between them, and the background upgrade of codewords stored as the keyed hash alone.
 *
 * <p>Each codeword is stored in one form only at any moment: saving a codeword also rewrites its legacy rows, and
 * the upgrade rewrites every row of a legacy value at once. So a distinct-codeword count never counts the same
 * codeword twice.
 */
public final class CallerCodeHasher {

    /** Distinct legacy values upgraded per transaction: a kill loses at most one batch, which is then redone. */
    public static final int UPGRADE_BATCH = 20;
    private static final int CACHE_SIZE = 4_096;

    private final DataKey key;
    private final Store store;
    private volatile CodewordHashing hashing;
    /** Keyed hash → slow hash; keyed by the HMAC, not the codeword, and wiped at lock. */
    private final Map<String, String> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public CallerCodeHasher(DataKey key, Store store) {
        this.key = key;
        this.store = store;
    }

    /** The stored (slow) form of a codeword together with its keyed hash, which earlier contacts may still hold. */
    public record Hashes(String keyed, String slow) {}

    /** Call outside any transaction: may write the salt on first use. */
    public Hashes hash(String codeword) {
        String keyed = CallerCodes.keyedHash(key, codeword);
        return new Hashes(keyed, slowOf(keyed));
    }

    private String slowOf(String keyed) {
        synchronized (cache) {
            String cached = cache.get(keyed);
            if (cached != null) {
                return cached;
            }
        }
        String slow = CallerCodes.slowHash(keyed, hashing());
        synchronized (cache) {
            cache.put(keyed, slow);
        }
        return slow;
    }

    public CodewordHashing hashing() {
        CodewordHashing h = hashing;
        if (h == null) {
            h = store.read(r -> r.settings().get(LogbookSettings.CALLER_CODE_HASHING)).map(CodewordHashing::parse)
                    .orElseGet(this::createHashing);
            hashing = h;
        }
        return h;
    }

    /** First use in this logbook: draws the salt. Shared logbook: desks queue on a lock, the second keeps the first's. */
    private CodewordHashing createHashing() {
        return store.write(r -> {
            r.lockJob("caller-code-hashing");
            var existing = r.settings().get(LogbookSettings.CALLER_CODE_HASHING);
            if (existing.isPresent()) {
                return CodewordHashing.parse(existing.get());
            }
            CodewordHashing fresh = CodewordHashing.generate();
            r.settings().put(LogbookSettings.CALLER_CODE_HASHING, fresh.encode());
            return fresh;
        });
    }

    /**
     * Upgrades codewords stored as the keyed hash alone to the slow form, a batch at a time; each legacy value's
     * rows change in one statement, so a kill leaves every codeword in one form or the other. Returns how many
     * distinct codewords were upgraded. Needs no key: only the stored values and the logbook's salt.
     */
    public int upgradeLegacy() {
        int done = 0;
        while (true) {
            List<String> legacy = store.read(r -> r.contacts().legacyCallerCodes(UPGRADE_BATCH));
            if (legacy.isEmpty()) {
                return done;
            }
            Map<String, String> slow = new LinkedHashMap<>();
            for (String keyed : legacy) {
                slow.put(keyed, CallerCodes.slowHash(keyed, hashing()));
            }
            store.writeAll(r -> slow.forEach((keyed, s) -> r.contacts().replaceCallerCode(keyed, s)));
            done += legacy.size();
        }
    }

    public void wipe() {
        synchronized (cache) {
            cache.clear();
        }
    }
}
