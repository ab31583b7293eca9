package org.workingwin.portal.privacy;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.workingwin.portal.TestData;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.alert.MailKind;
import org.workingwin.portal.alert.ParticipantMail;
import org.workingwin.portal.alert.SavedSearchService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.contact.ContactKind;
import org.workingwin.portal.contact.EmployerContactService;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.plan.EmploymentPlanService;
import org.workingwin.portal.plan.PlanInput;
import org.workingwin.portal.plan.ReviewInput;
import org.workingwin.portal.randomisation.Arm;
import org.workingwin.portal.referral.ReferralService;
import org.workingwin.portal.referral.ReferralTestData;
import org.workingwin.portal.search.ParticipantIndexService;
import org.workingwin.portal.search.PublicBrowse;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * A participant whose data is in every table that can hold it: referred, consented, allocated to the new
 * service and enrolled; needs with a note; a plan with its health team, a review; a vacancy shortlisted and
 * shared (an unsubscribe token); an employer contact about them; their own account with a saved search and
 * email choices. Names, emails and references are unique per call (the MySQL run shares one database).
 */
@Singleton
public class PrivacyFixture {

    public static final String NOTE = "Tired after 2pm since starting sertraline";
    public static final String HEALTH_SUPPORT = "Community mental health team, fortnightly";
    public static final String REVIEW_NOTE = "Panic attack on the bus; wants work near home";

    public record Person(SignedInUser admin, SignedInUser specialist, SignedInUser me, long id, long referral,
                         String reference, String lastName, String email, long vacancy, long opportunity) {
    }

    private final TestData data;
    private final ReferralTestData referralData;
    private final ReferralService referrals;
    private final ParticipantService participants;
    private final AccountService accounts;
    private final EmploymentPlanService plans;
    private final VacancyService vacancies;
    private final VacancyIndexService vacancyIndex;
    private final ParticipantIndexService participantIndex;
    private final PipelineService pipeline;
    private final ParticipantMail mail;
    private final EmployerContactService contacts;
    private final SavedSearchService searches;
    private final Clock clock;

    PrivacyFixture(TestData data, ReferralTestData referralData, ReferralService referrals,
                   ParticipantService participants, AccountService accounts, EmploymentPlanService plans,
                   VacancyService vacancies, VacancyIndexService vacancyIndex, ParticipantIndexService participantIndex,
                   PipelineService pipeline, ParticipantMail mail, EmployerContactService contacts,
                   SavedSearchService searches, Clock clock) {
        this.data = data;
        this.referralData = referralData;
        this.referrals = referrals;
        this.participants = participants;
        this.accounts = accounts;
        this.plans = plans;
        this.vacancies = vacancies;
        this.vacancyIndex = vacancyIndex;
        this.participantIndex = participantIndex;
        this.pipeline = pipeline;
        this.mail = mail;
        this.contacts = contacts;
        this.searches = searches;
        this.clock = clock;
    }

    public Person everywhere() {
        LocalDate today = LocalDate.now(clock);
        SignedInUser admin = data.user(Role.ADMIN);
        SignedInUser specialist = data.user(Role.SPECIALIST);
        long referral = newService(admin);
        long id = referrals.enrol(admin, referral, specialist.id());
        String reference = participants.input(specialist, id).reference();
        String lastName = "Quill" + UUID.randomUUID().toString().substring(0, 6);
        String email = TestData.uniqueEmail("quill");
        participants.update(specialist, id, participants.version(specialist, id), TestData.profile(reference, "Morgan", lastName, "Orchard assistant",
                "S1 4AB", Map.of("fatigue", "WOULD_HELP")).withRecord(email, "07700 900123", "EMAIL", true, true,
                "LOOKING", today.minusDays(3), Map.of("fatigue", NOTE), List.of("fatigue")));
        // As accepting an emailed invitation does (AccountLinksIT follows the real link).
        SignedInUser me = accounts.create(email, "Morgan " + lastName, TestData.PASSWORD, Role.PARTICIPANT, null);
        participants.linkAccount(specialist, id, me.id());

        plans.save(specialist, id, new PlanInput("Work in an orchard by the summer", "Outdoor work", HEALTH_SUPPORT,
                "Dr Ana Patel", "Psychiatrist", "0114 496 0555", "ana.patel@nhs.example", "Visit two farms",
                today.minusDays(2)));
        plans.recordReview(specialist, id, new ReviewInput(today.minusDays(1), REVIEW_NOTE, "Call the GP",
                today.plusDays(20)));

        String organisation = "Orchard " + UUID.randomUUID().toString().substring(0, 6) + " Ltd";
        SignedInUser employer = data.employer(organisation);
        long vacancy = vacancies.submit(employer, null, TestData.validDraft("Orchard assistant", today));
        vacancies.publish(specialist, vacancy);
        vacancyIndex.catchUp();
        long opportunity = pipeline.shortlist(specialist, id, vacancy, "Good fit for Morgan");
        pipeline.share(specialist, opportunity, "Have a look, Morgan");
        mail.shared(id, vacancy, clock.instant());
        contacts.record(specialist, organisation, today, ContactKind.PHONE,
                "Asked about quiet work for Morgan " + lastName, id);
        searches.save(me, "Orchard jobs", new PublicBrowse("orchard", null, null, null, null, Set.of(), Set.of(),
                Set.of(), Set.of(), null, 0, 20));
        searches.setEmails(me, MailKind.DIGEST, false);
        participantIndex.catchUp();
        return new Person(admin, specialist, me, id, referral, reference, lastName, email, vacancy, opportunity);
    }

    /** Blocks hold at most three of an arm, so seven reveals in one stratum always include the new service. */
    private long newService(SignedInUser admin) {
        for (int i = 0; i < 7; i++) {
            long id = referralData.consented(admin, "S8 0AA", false);
            if (referrals.reveal(admin, id).arm() == Arm.NEW_SERVICE) {
                return id;
            }
        }
        throw new AssertionError("Seven reveals in a row without the new service");
    }
}
