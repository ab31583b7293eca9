package org.workingwin.portal.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OneTimeLinkRepository extends CrudRepository<OneTimeLink, Long> {

    /** Spends the link unless someone else did first: 1 when this call spent it, 0 otherwise. */
    @Query("UPDATE one_time_link SET used_at = :at WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL")
    int spend(long id, Instant at);

    Optional<OneTimeLink> findByTokenHash(String tokenHash);

    List<OneTimeLink> findByPurposeAndUsedAtIsNullAndRevokedAtIsNullOrderByCreatedAtDesc(LinkPurpose purpose);

    List<OneTimeLink> findByPurposeAndEmailAndUsedAtIsNullAndRevokedAtIsNull(LinkPurpose purpose, String email);

    List<OneTimeLink> findByPurposeAndUserIdAndUsedAtIsNullAndRevokedAtIsNull(LinkPurpose purpose, Long userId);

    List<OneTimeLink> findByParticipantIdAndUsedAtIsNullAndRevokedAtIsNullOrderByCreatedAtDesc(Long participantId);
}
