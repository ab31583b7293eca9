package org.workingwin.portal.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RecoveryCodeRepository extends CrudRepository<RecoveryCode, Long> {

    Optional<RecoveryCode> findByUserIdAndCodeHashAndUsedAtIsNull(long userId, String codeHash);

    long countByUserIdAndUsedAtIsNull(long userId);

    void deleteByUserId(long userId);
}
