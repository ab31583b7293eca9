package org.workingwin.portal.randomisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.referral.ReferralTestData;

@MicronautTest(startApplication = false, transactional = false)
@Tag("database")
class RandomisationServiceIT {

    @Inject
    RandomisationService randomisation;
    @Inject
    AllocationRepository allocations;
    @Inject
    ReferralTestData referrals;
    @Inject
    TestData data;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void reveals_within_each_stratum_stay_balanced_and_follow_the_concealed_sequence_in_order() {
        SignedInUser admin = data.user(Role.ADMIN);
        Map<String, List<Arm>> revealed = new LinkedHashMap<>();
        // Two local authorities by both work statuses: four strata, 30 reveals each.
        String[][] people = {{"S1", "OUT_OF_WORK"}, {"S1", "IN_WORK"}, {"DN1", "OUT_OF_WORK"}, {"DN1", "IN_WORK"}};
        for (int i = 0; i < 30; i++) {
            for (String[] person : people) {
                long referral = referrals.consented(admin, person[0], person[1].equals("IN_WORK"));
                String stratum = referrals.stratumOf(admin, referral);
                Allocation a = randomisation.reveal(admin, referral, stratum);
                revealed.computeIfAbsent(stratum, s -> new ArrayList<>()).add(a.arm());
            }
        }
        assertThat(revealed).hasSize(4);
        for (String stratum : revealed.keySet()) {
            List<Slot> sequence = sequence(stratum);
            int claimed = (int) sequence.stream().filter(Slot::claimed).count();
            assertThat(sequence.subList(0, claimed)).as("claimed slots are the first of the sequence")
                    .allMatch(Slot::claimed);
            int difference = 0;
            for (Slot slot : sequence.subList(0, claimed)) {
                difference += slot.arm() == Arm.NEW_SERVICE ? 1 : -1;
                assertThat(Math.abs(difference)).isLessThanOrEqualTo(3);
            }
            Map<Integer, Integer> byBlock = new LinkedHashMap<>();
            sequence.forEach(s -> byBlock.merge(s.block(), s.arm() == Arm.NEW_SERVICE ? 1 : -1, Integer::sum));
            assertThat(byBlock.values()).as("every block of " + stratum + " is balanced").containsOnly(0);
        }
    }

    @Test
    void a_second_reveal_shows_the_same_allocation_and_both_are_audited() {
        SignedInUser admin = data.user(Role.ADMIN);
        SignedInUser colleague = data.user(Role.ADMIN);
        long referral = referrals.consented(admin, "S70", false);
        String stratum = referrals.stratumOf(admin, referral);
        Allocation first = randomisation.reveal(admin, referral, stratum);
        Allocation again = randomisation.reveal(colleague, referral, stratum);
        // MariaDB through Connector/J keeps whole seconds, so the time read back is compared to the second.
        assertThat(again).usingRecursiveComparison().ignoringFields("revealedAt").isEqualTo(first);
        assertThat(again.revealedAt().getEpochSecond()).isEqualTo(first.revealedAt().getEpochSecond());
        assertThat(randomisation.auditOf(admin, referral)).extracting(AllocationAudit::event, AllocationAudit::actorId,
                AllocationAudit::arm).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("REVEALED", admin.id(), first.arm()),
                        org.assertj.core.groups.Tuple.tuple("SHOWN_AGAIN", colleague.id(), first.arm()));
    }

    @Test
    void the_database_refuses_a_second_allocation_for_a_referral_or_a_slot() {
        SignedInUser admin = data.user(Role.ADMIN);
        long referral = referrals.consented(admin, "S60", false);
        Allocation first = randomisation.reveal(admin, referral, referrals.stratumOf(admin, referral));
        Arm other = first.arm() == Arm.NEW_SERVICE ? Arm.CONTROL : Arm.NEW_SERVICE;
        assertThatThrownBy(() -> allocations.save(new Allocation(null, referral, first.slotId() + 1, first.stratum(),
                other, admin.id(), first.revealedAt()))).isInstanceOf(RuntimeException.class);
        assertThat(allocations.findByReferralId(referral)).get().usingRecursiveComparison()
                .ignoringFields("revealedAt").isEqualTo(first);
    }

    @Test
    void no_code_path_can_change_or_remove_an_allocation() {
        for (Class<?> repository : List.of(AllocationRepository.class, AllocationAuditRepository.class)) {
            assertThat(Arrays.stream(repository.getMethods()).map(Method::getName))
                    .as(repository.getSimpleName()).allMatch(n -> n.startsWith("save") || n.startsWith("find"));
        }
        assertThat(Arrays.stream(AllocationSlotRepository.class.getMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("save", "countByStratumAndClaimedByIsNull", "lastPosition", "lastBlock",
                        "nextFree", "claim");
        assertThat(Arrays.stream(RandomisationService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName))
                .containsExactlyInAnyOrder("prepare", "reveal", "allocationOf", "auditOf");
        assertThat(Arrays.stream(Allocation.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(n -> n.startsWith("with") || n.startsWith("set"));
    }

    @Test
    void only_staff_reveal_and_only_administrators_read_the_audit() {
        SignedInUser admin = data.user(Role.ADMIN);
        long referral = referrals.consented(admin, "S41", false);
        String stratum = referrals.stratumOf(admin, referral);
        assertThatThrownBy(() -> randomisation.reveal(data.employer("Curious " + UUID.randomUUID()), referral, stratum))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> randomisation.auditOf(data.user(Role.SPECIALIST), referral))
                .isInstanceOf(NotAllowedException.class);
        assertThat(randomisation.allocationOf(referral)).isEmpty();
    }

    private record Slot(int block, Arm arm, boolean claimed) {
    }

    /** The whole stored sequence of a stratum, read past the portal (which never shows it). */
    private List<Slot> sequence(String stratum) {
        return transactions.executeRead(status -> {
            List<Slot> slots = new ArrayList<>();
            try (var s = status.getConnection().prepareStatement(
                    "SELECT block_no, arm, claimed_by FROM allocation_slot WHERE stratum = ? ORDER BY position")) {
                s.setString(1, stratum);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        slots.add(new Slot(rs.getInt(1), Arm.valueOf(rs.getString(2)), rs.getObject(3) != null));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return slots;
        });
    }
}
