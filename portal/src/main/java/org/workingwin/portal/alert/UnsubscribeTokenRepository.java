package org.workingwin.portal.alert;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UnsubscribeTokenRepository extends CrudRepository<UnsubscribeToken, Long> {

    Optional<UnsubscribeToken> findByTokenHash(String tokenHash);
}
