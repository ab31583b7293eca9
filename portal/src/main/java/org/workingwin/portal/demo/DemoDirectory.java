package org.workingwin.portal.demo;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.directory.Audience;
import org.workingwin.portal.directory.HelpKind;
import org.workingwin.portal.directory.ListingRegistration;
import org.workingwin.portal.directory.ServiceArea;
import org.workingwin.portal.directory.SupportDirectoryService;

/**
 * Example listings for the support directory, every one made up: names say "(fictional)", addresses are
 * left out, email and web addresses are at example.org (reserved for examples) and phone numbers are in
 * Ofcom's range kept for drama (0114 496 0xxx), so no real organisation is named or can be called.
 * Together they cover every local authority and every kind of help; all but the last are approved, so
 * the administrators' page has one to decide.
 */
final class DemoDirectory {

    private record Example(String name, String slug, Set<HelpKind> kinds, Set<Audience> audiences,
                           List<String> areas, String description) {
    }

    private static final List<Example> EXAMPLES = List.of(
            new Example("Example Skills Hub (fictional)", "skills-hub",
                    EnumSet.of(HelpKind.SKILLS, HelpKind.TRAINING), EnumSet.of(Audience.ANYONE),
                    List.of("Sheffield", "Rotherham"),
                    "Free short courses in English, maths and using a computer, in small friendly groups. "
                            + "Drop in on a Tuesday morning to find the right course."),
            new Example("Example Volunteer Centre (fictional)", "volunteer-centre",
                    EnumSet.of(HelpKind.VOLUNTEERING), EnumSet.of(Audience.OUT_OF_WORK, Audience.OVER_50),
                    List.of("Barnsley", "Doncaster"),
                    "We match you with a volunteering role that suits your time and your health, from "
                            + "gardening to helping at a food bank. Volunteering can build confidence and "
                            + "something to put on a CV."),
            new Example("Example Money and Benefits Advice (fictional)", "money-advice",
                    EnumSet.of(HelpKind.DEBT_BENEFITS), EnumSet.of(Audience.ANYONE),
                    ServiceArea.ALL.stream().map(ServiceArea::name).toList(),
                    "Free, confidential advice on debts, benefits and what starting work would mean for your "
                            + "income. Phone, email or book a call back."),
            new Example("Example Wellbeing Service (fictional)", "wellbeing",
                    EnumSet.of(HelpKind.MENTAL_HEALTH), EnumSet.of(Audience.IN_WORK, Audience.OUT_OF_WORK),
                    List.of("Sheffield", "Barnsley", "Doncaster", "Rotherham"),
                    "Talking support for stress, low mood and anxiety, by phone or in person, with evening "
                            + "appointments for people in work."),
            new Example("Example Back and Joint Clinic (fictional)", "back-joint",
                    EnumSet.of(HelpKind.MUSCULOSKELETAL),
                    EnumSet.of(Audience.IN_WORK, Audience.HEALTH_CONDITION),
                    List.of("Chesterfield", "Bolsover", "North East Derbyshire", "Derbyshire Dales"),
                    "Physiotherapy advice and exercise classes for back pain and joint pain, with tips on "
                            + "staying comfortable at work."),
            new Example("Example Young People's Work Club (fictional)", "work-club",
                    EnumSet.of(HelpKind.EMPLOYMENT_SUPPORT, HelpKind.SKILLS), EnumSet.of(Audience.YOUNG_PEOPLE),
                    List.of("Doncaster", "Bassetlaw"),
                    "A weekly club for 18 to 24 year olds: CVs, interview practice and meeting local "
                            + "employers, with a free lunch."),
            new Example("Example Carers' Centre (fictional)", "carers-centre",
                    EnumSet.of(HelpKind.EMPLOYMENT_SUPPORT, HelpKind.MENTAL_HEALTH), EnumSet.of(Audience.CARERS),
                    List.of("Bassetlaw", "Bolsover"),
                    "Support for unpaid carers who want to work or stay in work: flexible working, "
                            + "talking to your employer, and time for yourself."),
            new Example("Example Digital Skills Library (fictional)", "digital-library",
                    EnumSet.of(HelpKind.SKILLS, HelpKind.TRAINING), EnumSet.of(Audience.OVER_50),
                    List.of("Derbyshire Dales", "Chesterfield"),
                    "One-to-one help with email, online forms and job websites, at your own pace."),
            new Example("Example Return to Work Project (fictional)", "return-to-work",
                    EnumSet.of(HelpKind.EMPLOYMENT_SUPPORT, HelpKind.MUSCULOSKELETAL, HelpKind.MENTAL_HEALTH),
                    EnumSet.of(Audience.HEALTH_CONDITION),
                    List.of("Rotherham", "Sheffield", "Barnsley", "North East Derbyshire"),
                    "For people off sick or out of work because of their health: a coach helps you plan a "
                            + "return to work that fits your condition."),
            new Example("Example Community Garden (fictional)", "community-garden",
                    EnumSet.of(HelpKind.VOLUNTEERING), EnumSet.of(Audience.ANYONE),
                    List.of("North East Derbyshire"),
                    "Volunteer outdoors with us two mornings a week; no experience needed."));

    private DemoDirectory() {
    }

    static void create(SupportDirectoryService directory, SignedInUser admin) {
        for (int i = 0; i < EXAMPLES.size(); i++) {
            Example e = EXAMPLES.get(i);
            Set<String> areas = new LinkedHashSet<>();
            ServiceArea.ALL.stream().filter(a -> e.areas().contains(a.name())).forEach(a -> areas.add(a.code()));
            long id = directory.register(new ListingRegistration(e.name(), e.description(), e.kinds(), e.audiences(),
                    areas, "https://example.org/" + e.slug(), e.slug() + "@example.org",
                    "0114 496 0" + (200 + i), null, null, "Demo Contact", "directory-" + e.slug() + "@example.org"));
            if (i < EXAMPLES.size() - 1) {
                directory.approve(admin, id);
            }
        }
    }
}
