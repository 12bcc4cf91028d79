package org.helplinelogbook.security;

import java.util.Arrays;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;

/**
 * Sealing a small secret to a public key with HPKE (RFC 9180) in base mode: DHKEM(X25519, HKDF-SHA256),
 * HKDF-SHA256, AES-256-GCM, through BouncyCastle. Used to seal each note's secret to the managers' key pair, so
 * that anyone can seal a note for the managers but only a holder of the private key can open it.
 * Output: the 32-byte encapsulated key, then the AEAD ciphertext and tag.
 */
public final class Hpke {

    public static final int KEY_BYTES = 32;
    private static final int ENC_BYTES = 32;

    private Hpke() {}

    private static HPKE suite() {
        return new HPKE(HPKE.mode_base, HPKE.kem_X25519_SHA256, HPKE.kdf_HKDF_SHA256, HPKE.aead_AES_GCM256);
    }

    /** A fresh X25519 key pair: {@code [private, public]}, 32 bytes each. Wipe the private half after use. */
    public static byte[][] generateKeyPair() {
        HPKE hpke = suite();
        AsymmetricCipherKeyPair pair = hpke.generatePrivateKey();
        return new byte[][] {hpke.serializePrivateKey(pair.getPrivate()), hpke.serializePublicKey(pair.getPublic())};
    }

    public static byte[] seal(byte[] publicKey, byte[] info, byte[] aad, byte[] plaintext) {
        HPKE hpke = suite();
        try {
            byte[][] out = hpke.seal(hpke.deserializePublicKey(publicKey), info, aad, plaintext, null, null, null);
            byte[] ct = out[0];
            byte[] enc = out[1];
            byte[] sealed = new byte[enc.length + ct.length];
            System.arraycopy(enc, 0, sealed, 0, enc.length);
            System.arraycopy(ct, 0, sealed, enc.length, ct.length);
            return sealed;
        } catch (InvalidCipherTextException | RuntimeException e) {
            throw new IllegalStateException("HPKE sealing failed", e);
        }
    }

    /** @throws Aead.TamperedException when the key does not match or the sealed bytes were altered or moved */
    public static byte[] open(byte[] privateKey, byte[] publicKey, byte[] info, byte[] aad, byte[] sealed) {
        if (sealed == null || sealed.length <= ENC_BYTES + 16) {
            throw new Aead.TamperedException();
        }
        HPKE hpke = suite();
        try {
            AsymmetricCipherKeyPair pair = hpke.deserializePrivateKey(privateKey, publicKey);
            return hpke.open(Arrays.copyOfRange(sealed, 0, ENC_BYTES), pair, info, aad,
                    Arrays.copyOfRange(sealed, ENC_BYTES, sealed.length), null, null, null);
        } catch (InvalidCipherTextException | RuntimeException e) {
            throw new Aead.TamperedException();
        }
    }
}
