package org.workingwin.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.KeysetHandle;
import io.micronaut.context.ApplicationContext;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.crypto.HealthNoteCipher;
import org.workingwin.portal.base.crypto.NotesKeysets;
import org.workingwin.portal.base.crypto.UnreadableNoteException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.participant.ParticipantService;

/**
 * The documented key rotation on one database, as three deployments: notes written under key A; the keyset
 * A+B (B primary) still reads them, the re-encryption moves every value to B; a keyset of B alone reads them
 * all, and A alone no longer can.
 */
class KeyRotationIT {

    private static final String NOTE = "Flare-ups of arthritis in cold weather";

    @Test
    void notes_written_under_key_a_move_to_key_b_and_then_need_only_b() throws Exception {
        String url = "jdbc:h2:mem:rotation-" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        KeysetHandle a = NotesKeysets.generate();
        KeysetHandle ab = NotesKeysets.withNewPrimary(a);
        KeysetHandle b = NotesKeysets.primaryOnly(ab);

        long participant;
        SignedInUser specialist;
        try (ApplicationContext withA = deployment(url, a)) {
            specialist = withA.getBean(TestData.class).user(Role.SPECIALIST);
            participant = withA.getBean(ParticipantService.class).create(specialist, TestData.profile("WW-ROT-1",
                    "Kit", "Marsh", "gardener", "S1 4AB", Map.of("fatigue", "MUST_HAVE")).withRecord(
                    "kit.marsh@example.org", null, "EMAIL", true, false, "LOOKING", null, Map.of("fatigue", NOTE),
                    List.of()));
            assertThat(keyIdsOfSealedValues(withA)).containsOnly(a.getPrimary().getId());
        }
        try (ApplicationContext withAB = deployment(url, ab)) {
            assertThat(noteOf(withAB, specialist, participant)).isEqualTo(NOTE);
            withAB.getBean(NoteReencryption.class).all();
            assertThat(withAB.getBean(NoteReencryption.class).all()).isZero();
            assertThat(keyIdsOfSealedValues(withAB)).containsOnly(b.getPrimary().getId());
        }
        try (ApplicationContext withB = deployment(url, b)) {
            assertThat(noteOf(withB, specialist, participant)).isEqualTo(NOTE);
        }
        try (ApplicationContext withOnlyA = deployment(url, a)) {
            assertThatThrownBy(() -> noteOf(withOnlyA, specialist, participant))
                    .isInstanceOf(UnreadableNoteException.class);
        }
    }

    private static ApplicationContext deployment(String url, KeysetHandle keyset) throws Exception {
        return ApplicationContext.run(Map.of("datasources.default.url", url,
                "portal.security.notes-keyset", NotesKeysets.toJson(keyset),
                "portal.data-dir", Files.createTempDirectory("rotation").toString()), "test");
    }

    private static String noteOf(ApplicationContext context, SignedInUser specialist, long participant) {
        return context.getBean(ParticipantService.class).details(specialist, participant).needs().getFirst().note();
    }

    /** The Tink key id at the start of every sealed value in every encrypted column. */
    private static List<Integer> keyIdsOfSealedValues(ApplicationContext context) {
        Rows rows = context.getBean(Rows.class);
        io.micronaut.transaction.TransactionOperations<?> tx = context.getBean(
                io.micronaut.transaction.TransactionOperations.class);
        return tx.executeRead(status -> PersonalData.SEALED.stream().flatMap(column -> rows.query("SELECT "
                + column.column() + " AS v FROM " + column.table() + " WHERE " + column.column() + " IS NOT NULL")
                .stream().map(r -> (String) r.get("v"))).filter(v -> !v.isEmpty()).map(v -> {
                    assertThat(v).startsWith(HealthNoteCipher.PREFIX);
                    return ByteBuffer.wrap(Base64.getDecoder().decode(v.substring(4)), 1, 4).getInt();
                }).toList());
    }
}
