package org.workingwin.matching.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.workingwin.matching.text.TextQueries;

/**
 * A participant's wanted roles and skills, analysed once: each role with its own terms and its
 * job-title synonyms, each skill with its terms. It exists so that the evidence for a page of matches
 * is found by cheap list comparisons per vacancy, not by re-analysing the profile for every hit.
 */
public final class ProfileText {

    /** A wanted role as typed, its analysed terms, and the analysed terms of each of its synonyms. */
    public record Role(String text, List<String> tokens, List<List<String>> synonyms) {
        public Role {
            tokens = List.copyOf(tokens);
            synonyms = synonyms.stream().map(List::copyOf).toList();
        }
    }

    /** A skill as typed and its analysed terms. */
    public record Skill(String text, List<String> tokens) {
        public Skill {
            tokens = List.copyOf(tokens);
        }
    }

    private final List<Role> roles;
    private final List<Skill> skills;

    private ProfileText(List<Role> roles, List<Skill> skills) {
        this.roles = List.copyOf(roles);
        this.skills = List.copyOf(skills);
    }

    /** Splits and analyses the profile's wanted roles and skills (see {@link TextQueries#phrases}). */
    public static ProfileText of(ParticipantProfile profile, TextQueries text) {
        List<Role> roles = new ArrayList<>();
        for (String phrase : TextQueries.phrases(profile.wantedRoles())) {
            List<String> tokens = text.tokens(phrase, TextQueries.MAX_TERMS);
            if (!tokens.isEmpty()) {
                roles.add(new Role(phrase, tokens, text.synonymPaths(phrase)));
            }
        }
        List<Skill> skills = new ArrayList<>();
        for (String phrase : TextQueries.phrases(profile.skills())) {
            List<String> tokens = text.tokens(phrase, TextQueries.MAX_TERMS);
            if (!tokens.isEmpty()) {
                skills.add(new Skill(phrase, tokens));
            }
        }
        return new ProfileText(roles, skills);
    }

    public List<Role> roles() {
        return roles;
    }

    public List<Skill> skills() {
        return skills;
    }

    /**
     * The evidence in one vacancy: roles whose terms, or a synonym's terms, occur consecutively in
     * the title's terms; skills whose terms occur consecutively in the title's terms or, as
     * {@code inDescription} decides, in the description.
     */
    public TextEvidence evidence(List<String> titleTokens, Predicate<Skill> inDescription) {
        List<String> direct = new ArrayList<>();
        List<String> bySynonym = new ArrayList<>();
        for (Role role : roles) {
            if (TextQueries.containsSequence(titleTokens, role.tokens())) {
                direct.add(role.text());
            } else if (role.synonyms().stream().anyMatch(s -> TextQueries.containsSequence(titleTokens, s))) {
                bySynonym.add(role.text());
            }
        }
        List<String> mentioned = new ArrayList<>();
        for (Skill skill : skills) {
            if (TextQueries.containsSequence(titleTokens, skill.tokens()) || inDescription.test(skill)) {
                mentioned.add(skill.text());
            }
        }
        return new TextEvidence(direct, bySynonym, mentioned);
    }
}
