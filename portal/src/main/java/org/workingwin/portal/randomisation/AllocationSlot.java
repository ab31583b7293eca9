package org.workingwin.portal.randomisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One place in a stratum's concealed sequence; {@code claimedBy} is the referral whose reveal took it. */
@MappedEntity("allocation_slot")
record AllocationSlot(@Id @GeneratedValue @Nullable Long id, String stratum, int position, int blockNo, Arm arm,
                      @Nullable Long claimedBy) {
}
