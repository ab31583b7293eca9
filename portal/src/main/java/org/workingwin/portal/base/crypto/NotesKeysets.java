package org.workingwin.portal.base.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Tink keysets for the health-note cipher: read (JSON, or base64 of JSON or of Tink's binary format),
 * written as JSON, made new, and rotated (a new primary added; later every key but the primary removed).
 * Also a command line for operators: {@code java -cp workingwin-portal.jar
 * org.workingwin.portal.base.crypto.NotesKeysets new|add-primary|drop-old <file>}.
 */
public final class NotesKeysets {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's AEAD primitives could not be registered", e);
        }
    }

    private NotesKeysets() {
    }

    /** A keyset with one new AES-256-GCM key. */
    public static KeysetHandle generate() {
        try {
            return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not make a new key", e);
        }
    }

    /** The same keys plus a new AES-256-GCM key that becomes the primary: new writes use it, old ones still open. */
    public static KeysetHandle withNewPrimary(KeysetHandle keyset) {
        try {
            return KeysetHandle.newBuilder(keyset).addEntry(KeysetHandle.generateEntryFromParameters(
                    PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary()).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not add a key", e);
        }
    }

    /** Only the primary key: what is left once every stored note has been re-encrypted under it. */
    public static KeysetHandle primaryOnly(KeysetHandle keyset) {
        try {
            return KeysetHandle.newBuilder().addEntry(KeysetHandle.importKey(keyset.getPrimary().getKey())
                    .makePrimary()).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not drop the old keys", e);
        }
    }

    public static String toJson(KeysetHandle keyset) {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not write the keyset", e);
        }
    }

    /** Reads a keyset given as JSON, or as base64 of its JSON or binary form. */
    public static KeysetHandle parse(String text) throws GeneralSecurityException {
        String value = text.strip();
        if (value.startsWith("{")) {
            return TinkJsonProtoKeysetFormat.parseKeyset(value, InsecureSecretKeyAccess.get());
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("The keyset is neither JSON nor base64");
        }
        String decoded = new String(bytes, StandardCharsets.UTF_8).strip();
        return decoded.startsWith("{") ? TinkJsonProtoKeysetFormat.parseKeyset(decoded, InsecureSecretKeyAccess.get())
                : TinkProtoKeysetFormat.parseKeyset(bytes, InsecureSecretKeyAccess.get());
    }

    /** Writes a keyset file readable by its owner only (where the file system allows). */
    public static void write(Path file, KeysetHandle keyset) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        Files.writeString(temp, toJson(keyset));
        temp.toFile().setReadable(false, false);
        temp.toFile().setReadable(true, true);
        temp.toFile().setWritable(false, false);
        temp.toFile().setWritable(true, true);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !java.util.List.of("new", "add-primary", "drop-old").contains(args[0])) {
            System.err.println("usage: NotesKeysets new|add-primary|drop-old <keyset file>");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        KeysetHandle result = switch (args[0]) {
            case "new" -> {
                if (Files.exists(file)) {
                    throw new IllegalStateException(file + " exists already; it is never overwritten by 'new'");
                }
                yield generate();
            }
            case "add-primary" -> withNewPrimary(parse(Files.readString(file)));
            default -> primaryOnly(parse(Files.readString(file)));
        };
        write(file, result);
        System.out.println(file + ": " + result.size() + " key(s), primary key id " + result.getPrimary().getId());
    }
}
