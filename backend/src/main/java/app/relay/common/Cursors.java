package app.relay.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals page positions into opaque, tamper-evident tokens (AES-GCM under RELAY_CURSOR_KEY, shared by
 * every instance): a caller can neither read the sort key inside nor forge one.
 */
@ApplicationScoped
public class Cursors {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Id positions start with a character no UUID does, so the two kinds never pass for each other. */
    private static final String ID_PREFIX = "#";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    Cursors(@ConfigProperty(name = "relay.cursor-key") String secret) {
        try {
            this.key = new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES keys cannot be made on this JVM", e);
        }
    }

    public String seal(Cursor cursor) {
        return sealPayload(cursor.payload());
    }

    /** A position in a list ordered by a numeric id (history, audit). */
    public String sealId(long id) {
        return sealPayload(ID_PREFIX + id);
    }

    private String sealPayload(String payload) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a cursor", e);
        }
    }

    /** The position inside a token this API sealed; absent is null, anything else a 400 naming `cursor`. */
    public Cursor open(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            return Cursor.fromPayload(openPayload(token));
        } catch (IllegalArgumentException e) {
            throw refused();
        }
    }

    /** The id inside a token made by {@link #sealId}; `absent` when there is none (the first page). */
    public long openId(String token, long absent) {
        if (token == null || token.isBlank()) {
            return absent;
        }
        String payload = openPayload(token);
        try {
            if (!payload.startsWith(ID_PREFIX)) {
                throw new IllegalArgumentException("not an id cursor");
            }
            return Long.parseLong(payload.substring(ID_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw refused();
        }
    }

    private String openPayload(String token) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token.strip());
            if (bytes.length <= IV_BYTES) {
                throw new IllegalArgumentException("too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw refused();
        }
    }

    private static ProblemException refused() {
        return ProblemException.invalid("cursor", "not a cursor returned by this API (or one sealed by "
                + "another installation)");
    }
}
