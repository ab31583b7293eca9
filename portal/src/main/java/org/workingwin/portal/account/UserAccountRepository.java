package org.workingwin.portal.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.workingwin.portal.base.security.Role;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserAccountRepository extends CrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    List<UserAccount> findByRoleOrderByDisplayName(Role role);

    Optional<Integer> findSessionGenerationById(long id);

    void updateEmailVerifiedAt(@Id long id, @Nullable Instant emailVerifiedAt);

    void updatePasswordHash(@Id long id, String passwordHash);

    /** Ends every session of the account: each remembers the number it signed in under. */
    @Query("UPDATE user_account SET session_generation = session_generation + 1 WHERE id = :id")
    void endSessions(long id);
}
