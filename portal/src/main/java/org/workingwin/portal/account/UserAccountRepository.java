package org.workingwin.portal.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.workingwin.portal.base.security.Role;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserAccountRepository extends CrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    List<UserAccount> findByRoleOrderByDisplayName(Role role);
}
