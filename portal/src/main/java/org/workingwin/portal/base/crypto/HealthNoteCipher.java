package org.workingwin.portal.base.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts free-text health notes at rest: AES-256-GCM through a Tink keyset that comes from
 * configuration ({@code portal.security.notes-keyset}, or a file), never from the database. A stored value
 * is {@value #PREFIX} followed by base64 of Tink's ciphertext (which names the key it was made with).
 * The associated data is "table.column#row id", so a ciphertext copied to another row, column or table
 * does not decrypt. A value without the prefix is plaintext written before encryption came in: it is read
 * as it is, and the re-encryption job seals it. Without a keyset the portal refuses to start, unless
 * {@code portal.security.generate-notes-keyset} lets it make one in the key file (the demo's bin/start).
 */
@Context
public class HealthNoteCipher {

    /** Marks an encrypted value, and the format's version. */
    public static final String PREFIX = "ww1:";

    private static final Logger LOG = LoggerFactory.getLogger(HealthNoteCipher.class);
    private static final int TINK_PREFIX_SIZE = 5;

    private final KeysetHandle keyset;
    private final Aead aead;

    @jakarta.inject.Inject
    HealthNoteCipher(@Value("${portal.security.notes-keyset:}") String keysetText,
                     @Value("${portal.security.notes-keyset-file:}") String keysetFile,
                     @Value("${portal.security.generate-notes-keyset:false}") boolean generate) {
        this(load(keysetText, keysetFile, generate));
    }

    public HealthNoteCipher(KeysetHandle keyset) {
        this.keyset = keyset;
        try {
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("The health-notes keyset is not an AEAD keyset (AES-GCM): "
                    + e.getMessage());
        }
    }

    /** The value to store for a note of this table, column and row; null stays null. */
    public @Nullable String seal(@Nullable String plaintext, String table, String column, long rowId) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] sealed = aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context(table, column, rowId));
            return PREFIX + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt " + table + "." + column, e);
        }
    }

    /**
     * The note in a stored value of this table, column and row; null stays null and plaintext from before
     * encryption is returned as it is. Fails when the value was made for another row or with a key the
     * keyset no longer holds.
     */
    public @Nullable String open(@Nullable String stored, String table, String column, long rowId) {
        if (stored == null || !isSealed(stored)) {
            return stored;
        }
        try {
            byte[] plain = aead.decrypt(Base64.getDecoder().decode(stored.substring(PREFIX.length())),
                    context(table, column, rowId));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnreadableNoteException(table + "." + column + " of row " + rowId
                    + " cannot be decrypted with this keyset (another row's value, or a key that was removed)");
        }
    }

    /** True when the stored value is plaintext or encrypted under a key other than the current primary. */
    public boolean needsResealing(@Nullable String stored) {
        if (stored == null) {
            return false;
        }
        if (!isSealed(stored)) {
            return true;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return true;
        }
        return bytes.length < TINK_PREFIX_SIZE || ByteBuffer.wrap(bytes, 1, 4).getInt() != primaryKeyId();
    }

    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    public int primaryKeyId() {
        return keyset.getPrimary().getId();
    }

    private static byte[] context(String table, String column, long rowId) {
        return (table + "." + column + "#" + rowId).getBytes(StandardCharsets.UTF_8);
    }

    private static KeysetHandle load(String text, String file, boolean generate) {
        try {
            if (!text.isBlank()) {
                return NotesKeysets.parse(text);
            }
            if (!file.isBlank()) {
                Path path = Path.of(file);
                if (Files.exists(path)) {
                    return NotesKeysets.parse(Files.readString(path));
                }
                if (generate) {
                    KeysetHandle made = NotesKeysets.generate();
                    NotesKeysets.write(path, made);
                    LOG.warn("Made a new key for health notes in {}: keep it with the database's backups, "
                            + "elsewhere; without it the notes cannot be read", path.toAbsolutePath());
                    return made;
                }
                throw new ConfigurationException("The health-notes key file " + path.toAbsolutePath()
                        + " does not exist. Set WW_NOTES_KEYSET or WW_NOTES_KEYSET_FILE to the portal's keyset "
                        + "(see src/site/data-protection.md); the portal does not start without it.");
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new ConfigurationException("The health-notes keyset cannot be read (" + e.getMessage()
                    + "). Set WW_NOTES_KEYSET to a Tink AES-GCM keyset as JSON or base64 "
                    + "(see src/site/data-protection.md).");
        }
        throw new ConfigurationException("No key for health notes: set WW_NOTES_KEYSET (a Tink keyset as JSON or "
                + "base64) or WW_NOTES_KEYSET_FILE. Health notes are encrypted at rest and the portal does not "
                + "start without their key (see src/site/data-protection.md).");
    }
}
