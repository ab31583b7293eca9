package org.workingwin.portal.randomisation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;

/**
 * Concealed, stratified 1:1 randomisation. Each stratum's sequence of randomly permuted blocks is
 * generated ahead of need from a cryptographic random source and stored; nobody can read it through
 * the portal. A reveal takes the stratum's next unclaimed slot under a row lock, records the
 * allocation once, and audits the request; asking again shows the same allocation and is audited too.
 * Nothing can choose, change or re-draw an allocation: there is no such method, and the repositories
 * declare no update or delete.
 */
@Singleton
public class RandomisationService {

    /** Slots kept generated ahead of the reveals in each stratum. */
    static final int KEEP_AHEAD = 30;
    private static final int BLOCKS_PER_TOP_UP = 25;

    private final AllocationSlotRepository slots;
    private final AllocationRepository allocations;
    private final AllocationAuditRepository audit;
    private final PermutedBlocks blocks = new PermutedBlocks(new SecureRandom());
    private final Clock clock;

    RandomisationService(AllocationSlotRepository slots, AllocationRepository allocations,
                         AllocationAuditRepository audit, Clock clock) {
        this.slots = slots;
        this.allocations = allocations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Generates a stratum's sequence ahead, when fewer than {@link #KEEP_AHEAD} slots are left. */
    @Transactional
    public synchronized void prepare(String stratum) {
        if (slots.countByStratumAndClaimedByIsNull(stratum) >= KEEP_AHEAD) {
            return;
        }
        int position = slots.lastPosition(stratum);
        int block = slots.lastBlock(stratum);
        for (int b = 0; b < BLOCKS_PER_TOP_UP; b++) {
            block++;
            for (Arm arm : blocks.nextBlock()) {
                slots.save(new AllocationSlot(null, stratum, ++position, block, arm, null));
            }
        }
    }

    /**
     * Reveals the allocation of a referral in its stratum: the next slot of the concealed sequence, or the
     * allocation already revealed. The caller has checked eligibility and consent.
     */
    @Transactional
    public Allocation reveal(SignedInUser actor, long referralId, String stratum) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        Optional<Allocation> existing = allocations.findByReferralId(referralId);
        if (existing.isPresent()) {
            record(referralId, actor, "SHOWN_AGAIN", existing.get().arm());
            return existing.get();
        }
        prepare(stratum);
        AllocationSlot slot = slots.nextFree(stratum).orElseThrow(() -> new IllegalStateException(
                "The allocation sequence for " + stratum + " is empty"));
        if (slots.claim(slot.id(), referralId) != 1) {
            throw new IllegalStateException("Allocation slot " + slot.id() + " was claimed twice");
        }
        Allocation allocation = allocations.save(new Allocation(null, referralId, slot.id(), stratum, slot.arm(),
                actor.id(), now()));
        record(referralId, actor, "REVEALED", slot.arm());
        return allocation;
    }

    @Transactional
    public Optional<Allocation> allocationOf(long referralId) {
        return allocations.findByReferralId(referralId);
    }

    /** Every reveal request for a referral, oldest first (administrators). */
    @Transactional
    public List<AllocationAudit> auditOf(SignedInUser actor, long referralId) {
        NotAllowedException.requireRole(actor, Role.ADMIN);
        return audit.findByReferralIdOrderById(referralId);
    }

    private void record(long referralId, SignedInUser actor, String event, Arm arm) {
        audit.save(new AllocationAudit(null, referralId, actor.id(), event, arm, now()));
    }

    /** To the millisecond the database keeps, so what is returned equals what is read back later. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
