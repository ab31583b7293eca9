package org.workingwin.portal.directory;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProviderListingRepository extends CrudRepository<ProviderListing, Long> {

    List<ProviderListing> findByStatus(ListingStatus status, Pageable pageable);

    long countByStatus(ListingStatus status);
}
