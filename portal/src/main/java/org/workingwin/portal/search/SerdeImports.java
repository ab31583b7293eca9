package org.workingwin.portal.search;

import io.micronaut.serde.annotation.SerdeImport;
import org.workingwin.matching.vacancy.SearchPage;
import org.workingwin.matching.vacancy.VacancyHit;

/** The engine's result types, which stay free of framework annotations, as JSON for the API. */
@SerdeImport(SearchPage.class)
@SerdeImport(VacancyHit.class)
final class SerdeImports {

    private SerdeImports() {
    }
}
