package org.workingwin.portal.search;

import java.util.Optional;
import org.workingwin.portal.base.security.SignedInUser;

/**
 * What the Vacancies page offers a signed-in participant: searching near home by default, and saving
 * the search for a daily email. Implemented by the saved-search feature, so search does not depend on it.
 */
public interface ParticipantSearches {

    /** The longest name of a saved search (saved_search.name, the field and the check). */
    int NAME_MAX = 100;

    /** The participant's home postcode district, if their record has one. */
    Optional<String> homeDistrict(SignedInUser participant);

    /** Keeps this browse under a name; throws InvalidInputException for a missing or too long name. */
    void save(SignedInUser participant, String name, PublicBrowse browse);
}
