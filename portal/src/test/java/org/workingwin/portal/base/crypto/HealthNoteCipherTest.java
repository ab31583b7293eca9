package org.workingwin.portal.base.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.KeysetHandle;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthNoteCipherTest {

    private static final String NOTE = "Anxious on the phone; new medication since May";

    @Test
    void a_sealed_note_opens_only_for_its_own_table_column_and_row() {
        HealthNoteCipher cipher = new HealthNoteCipher(NotesKeysets.generate());
        String sealed = cipher.seal(NOTE, "participant_need", "note", 7);

        assertThat(sealed).startsWith("ww1:").doesNotContain("Anxious");
        assertThat(cipher.open(sealed, "participant_need", "note", 7)).isEqualTo(NOTE);
        assertThat(cipher.seal(NOTE, "participant_need", "note", 7)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThatThrownBy(() -> cipher.open(sealed, "participant_need", "note", 8))
                .isInstanceOf(UnreadableNoteException.class)
                .hasMessage("participant_need.note of row 8 cannot be decrypted with this keyset (another row's "
                        + "value, or a key that was removed)");
        assertThatThrownBy(() -> cipher.open(sealed, "plan_review", "notes", 7)).isInstanceOf(UnreadableNoteException.class);
        assertThat(cipher.seal(null, "participant_need", "note", 7)).isNull();
        assertThat(cipher.open(null, "participant_need", "note", 7)).isNull();
    }

    @Test
    void plaintext_from_before_encryption_is_read_as_it_is_and_needs_resealing() {
        HealthNoteCipher cipher = new HealthNoteCipher(NotesKeysets.generate());
        assertThat(cipher.open("Bad back", "participant_need", "note", 3)).isEqualTo("Bad back");
        assertThat(cipher.needsResealing("Bad back")).isTrue();
        assertThat(cipher.needsResealing(cipher.seal("Bad back", "participant_need", "note", 3))).isFalse();
        assertThat(cipher.needsResealing(null)).isFalse();
    }

    @Test
    void rotation_adds_a_primary_key_reseals_under_it_and_then_works_without_the_old_key() {
        KeysetHandle a = NotesKeysets.generate();
        KeysetHandle ab = NotesKeysets.withNewPrimary(a);
        KeysetHandle b = NotesKeysets.primaryOnly(ab);
        HealthNoteCipher withA = new HealthNoteCipher(a);
        HealthNoteCipher withAB = new HealthNoteCipher(ab);
        HealthNoteCipher withB = new HealthNoteCipher(b);
        assertThat(ab.size()).isEqualTo(2);
        assertThat(b.size()).isEqualTo(1);
        assertThat(withB.primaryKeyId()).isEqualTo(withAB.primaryKeyId()).isNotEqualTo(withA.primaryKeyId());

        String underA = withA.seal(NOTE, "plan_review", "notes", 11);
        assertThat(withAB.open(underA, "plan_review", "notes", 11)).isEqualTo(NOTE);
        assertThat(withAB.needsResealing(underA)).isTrue();
        String underB = withAB.seal(withAB.open(underA, "plan_review", "notes", 11), "plan_review", "notes", 11);
        assertThat(withAB.needsResealing(underB)).isFalse();

        assertThat(withB.open(underB, "plan_review", "notes", 11)).isEqualTo(NOTE);
        assertThatThrownBy(() -> withB.open(underA, "plan_review", "notes", 11))
                .isInstanceOf(UnreadableNoteException.class);
    }

    @Test
    void a_keyset_is_read_as_json_or_base64_and_the_json_survives_a_round_trip() throws Exception {
        KeysetHandle keyset = NotesKeysets.generate();
        String json = NotesKeysets.toJson(keyset);
        String sealed = new HealthNoteCipher(keyset).seal(NOTE, "participant_need", "note", 1);
        String base64 = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));

        assertThat(new HealthNoteCipher(json, "", false).open(sealed, "participant_need", "note", 1)).isEqualTo(NOTE);
        assertThat(new HealthNoteCipher(base64, "", false).open(sealed, "participant_need", "note", 1)).isEqualTo(NOTE);
    }

    @Test
    void without_a_key_the_portal_refuses_to_start_with_a_message_that_says_what_to_set() {
        assertThatThrownBy(() -> new HealthNoteCipher("", "", false))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No key for health notes: set WW_NOTES_KEYSET");
        assertThatThrownBy(() -> new HealthNoteCipher("not a keyset!", "", false))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("The health-notes keyset cannot be read");
    }

    @Test
    void the_demo_makes_its_key_file_once_and_reads_it_at_the_next_start(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/notes-keyset.json");
        assertThatThrownBy(() -> new HealthNoteCipher("", file.toString(), false))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("does not exist");

        HealthNoteCipher first = new HealthNoteCipher("", file.toString(), true);
        String sealed = first.seal(NOTE, "participant_need", "note", 1);
        assertThat(Files.readString(file)).startsWith("{\"primaryKeyId\":" + Integer.toUnsignedString(first.primaryKeyId()));

        HealthNoteCipher second = new HealthNoteCipher("", file.toString(), true);
        assertThat(second.open(sealed, "participant_need", "note", 1)).isEqualTo(NOTE);
    }

    @Test
    void the_command_line_adds_a_primary_key_and_later_drops_the_old_one(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keyset.json");
        NotesKeysets.main(new String[] {"new", file.toString()});
        HealthNoteCipher a = new HealthNoteCipher("", file.toString(), false);
        NotesKeysets.main(new String[] {"add-primary", file.toString()});
        HealthNoteCipher ab = new HealthNoteCipher("", file.toString(), false);
        NotesKeysets.main(new String[] {"drop-old", file.toString()});
        HealthNoteCipher b = new HealthNoteCipher("", file.toString(), false);

        assertThat(ab.primaryKeyId()).isNotEqualTo(a.primaryKeyId()).isEqualTo(b.primaryKeyId());
        assertThat(NotesKeysets.parse(Files.readString(file)).size()).isEqualTo(1);
    }
}
