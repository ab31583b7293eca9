package org.workingwin.portal.randomisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** The sequence is only ever appended to and claimed in order; it has no general update. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AllocationSlotRepository extends GenericRepository<AllocationSlot, Long> {

    AllocationSlot save(AllocationSlot slot);

    long countByStratumAndClaimedByIsNull(String stratum);

    @Query("SELECT COALESCE(MAX(position), 0) FROM allocation_slot WHERE stratum = :stratum")
    int lastPosition(String stratum);

    @Query("SELECT COALESCE(MAX(block_no), 0) FROM allocation_slot WHERE stratum = :stratum")
    int lastBlock(String stratum);

    /** The first unclaimed slot, locked until the transaction ends, so two reveals cannot take it. */
    @Query("""
            SELECT * FROM allocation_slot WHERE stratum = :stratum AND claimed_by IS NULL
            ORDER BY position LIMIT 1 FOR UPDATE""")
    Optional<AllocationSlot> nextFree(String stratum);

    @Query("UPDATE allocation_slot SET claimed_by = :referralId WHERE id = :id AND claimed_by IS NULL")
    int claim(long id, long referralId);
}
