package org.workingwin.matching.profile;

import java.util.List;

/**
 * Which of a participant's wanted roles and skills a vacancy's text contains. It exists so that the
 * reasons can name what matched without asking Lucene to explain each hit (which costs several times
 * the search): each direction of matching finds the evidence from the text it already has, and
 * {@link ReasonWriter} turns it into sentences the same way for both.
 *
 * @param rolesInTitle wanted roles, as the participant's list gives them, found word for word in the title
 * @param rolesBySynonym wanted roles whose job-title synonym (not the role itself) is in the title
 * @param skillsMentioned skills, as typed, found in the title or the description
 */
public record TextEvidence(List<String> rolesInTitle, List<String> rolesBySynonym, List<String> skillsMentioned) {

    /** No text matched. */
    public static final TextEvidence NONE = new TextEvidence(List.of(), List.of(), List.of());

    public TextEvidence {
        rolesInTitle = List.copyOf(rolesInTitle);
        rolesBySynonym = List.copyOf(rolesBySynonym);
        skillsMentioned = List.copyOf(skillsMentioned);
    }
}
