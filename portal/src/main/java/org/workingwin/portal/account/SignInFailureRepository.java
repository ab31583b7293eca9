package org.workingwin.portal.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** Only what the throttle needs, so its unit test can stand in for the database with a few lines. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SignInFailureRepository extends GenericRepository<SignInFailure, Long> {

    SignInFailure save(SignInFailure failure);

    List<SignInFailure> findByEmailAndFailedAtGreaterThanOrderByFailedAtDesc(String email, Instant after);

    List<SignInFailure> findByAddressAndFailedAtGreaterThanOrderByFailedAtDesc(String address, Instant after);

    void deleteByEmail(String email);

    void deleteByFailedAtLessThan(Instant before);
}
