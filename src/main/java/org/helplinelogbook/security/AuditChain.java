package org.helplinelogbook.security;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit log's HMAC chain: each entry's MAC covers the previous MAC and all its own fields, so editing,
 * deleting or reordering entries breaks the chain; truncation is caught by the anchor kept in the key-slot file.
 */
public final class AuditChain {

    private static final byte[] DOMAIN = "helpline-logbook/audit-chain/v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte ABSENT = 0;
    private static final byte PRESENT = 1;

    private AuditChain() {}

    /** The chain key; wipe it after use. */
    public static byte[] key(DataKey dek) {
        return dek.derive("audit-chain");
    }

    /**
     * Lower-case hex HMAC-SHA256 of one entry. {@code previousMac} is "" for the first entry. Every field is
     * length-prefixed and tagged, so null and "" differ and no two field lists encode alike. {@code at} is taken
     * at microsecond precision, what the database's TIMESTAMP column keeps, so a re-read entry verifies.
     */
    public static String mac(byte[] auditKey, String previousMac, long seq, Instant at, Long staffId, String action,
            String recordId, String fields, String counts) {
        try {
            var bytes = new ByteArrayOutputStream(256);
            var out = new DataOutputStream(bytes);
            out.write(DOMAIN);
            string(out, previousMac);
            out.writeLong(seq);
            if (at == null) {
                out.writeByte(ABSENT);
            } else {
                Instant micros = at.truncatedTo(ChronoUnit.MICROS);
                out.writeByte(PRESENT);
                out.writeLong(micros.getEpochSecond());
                out.writeInt(micros.getNano());
            }
            if (staffId == null) {
                out.writeByte(ABSENT);
            } else {
                out.writeByte(PRESENT);
                out.writeLong(staffId);
            }
            string(out, action);
            string(out, recordId);
            string(out, fields);
            string(out, counts);
            out.flush();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(auditKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeByte(ABSENT);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeByte(PRESENT);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
