package org.workingwin.portal.taxonomy;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.workingwin.matching.taxonomy.Taxonomy;

/** The one taxonomy data file of matching/, as a bean for the portal. */
@Factory
class TaxonomyFactory {

    @Singleton
    Taxonomy taxonomy() {
        return Taxonomy.loadDefault();
    }
}
