package org.workingwin.portal.search;

import io.micronaut.serde.annotation.SerdeImport;
import org.workingwin.matching.profile.Reason;
import org.workingwin.matching.vacancy.BrowseResult;
import org.workingwin.matching.vacancy.FacetCount;
import org.workingwin.matching.vacancy.Match;
import org.workingwin.matching.vacancy.MatchPage;
import org.workingwin.matching.vacancy.SearchPage;
import org.workingwin.matching.vacancy.VacancyHit;

/** The engine's result types, which stay free of framework annotations, as JSON for the API. */
@SerdeImport(SearchPage.class)
@SerdeImport(VacancyHit.class)
@SerdeImport(MatchPage.class)
@SerdeImport(Match.class)
@SerdeImport(Reason.class)
@SerdeImport(BrowseResult.class)
@SerdeImport(FacetCount.class)
final class SerdeImports {

    private SerdeImports() {
    }
}
