package org.workingwin.portal.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.employer.DisabilityConfidentLevel;
import org.workingwin.portal.employer.EmployerRegistration;
import org.workingwin.portal.employer.EmployerService;
import org.workingwin.portal.employer.SizeBand;
import org.workingwin.portal.occupation.OccupationDirectory;
import org.workingwin.portal.contact.EmployerContactService;
import org.workingwin.portal.directory.SupportDirectoryService;
import org.workingwin.portal.match.MatchService;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.passport.PassportService;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.search.VacancyIndexService;
import org.workingwin.portal.vacancy.VacancyDraft;
import org.workingwin.portal.vacancy.VacancyService;

/**
 * Fills an empty database with demonstration organisations, accounts of every role and about 200
 * vacancies across the region's nine local authorities, then prints the sign-ins. A database that
 * already has accounts is left alone, so a second start keeps its data.
 */
@Singleton
@Requires(property = "portal.demo-data", value = "true")
class DemoData implements ApplicationEventListener<ServerStartupEvent> {

    static final String PASSWORD = "working-win-demo";
    static final int VACANCIES = 200;
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    // Postcode districts across Barnsley, Doncaster, Rotherham, Sheffield, Bassetlaw, Bolsover,
    // Chesterfield, Derbyshire Dales and North East Derbyshire.
    private static final List<String> DISTRICTS = List.of(
            "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11", "S12", "S13", "S14", "S17", "S20",
            "S35", "S60", "S61", "S62", "S63", "S65", "S66", "S25", "S26", "S70", "S71", "S72", "S73", "S74", "S75",
            "DN1", "DN2", "DN3", "DN4", "DN5", "DN6", "DN7", "DN8", "DN9", "DN11", "DN12", "S80", "S81", "DN22",
            "S44", "S43", "S40", "S41", "DE4", "DE45", "S42", "S18", "S21", "DE55");
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /** {@code hires} lists the job sectors whose vacancies this organisation posts. */
    private record DemoOrganisation(String name, String sector, SizeBand size, String postcode,
                                    DisabilityConfidentLevel level, String contact, String email,
                                    List<String> hires) {
    }

    private static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("Don Valley Care Homes", "Health and social care", SizeBand.MEDIUM, "S9 3TY",
                    DisabilityConfidentLevel.EMPLOYER, "Priya Shah", "employer@example.org",
                    List.of("Health and social care")),
            new DemoOrganisation("Steel City Logistics", "Logistics and warehousing", SizeBand.LARGE, "S60 1BY",
                    DisabilityConfidentLevel.COMMITTED, "Gareth Hughes", "logistics@example.org",
                    List.of("Logistics and warehousing", "Transport")),
            new DemoOrganisation("Barnsley Community Services", "Public sector", SizeBand.LARGE, "S70 2TA",
                    DisabilityConfidentLevel.LEADER, "Joanne Walker", "barnsley@example.org",
                    List.of("Public sector", "Education")),
            new DemoOrganisation("Dearne Bakery", "Manufacturing", SizeBand.MEDIUM, "S63 5DA",
                    DisabilityConfidentLevel.NONE, "Tom Bradley", "bakery@example.org",
                    List.of("Manufacturing", "Construction")),
            new DemoOrganisation("Peak Café Co-operative", "Hospitality and food", SizeBand.SMALL, "DE4 3AS",
                    DisabilityConfidentLevel.COMMITTED, "Aisha Khan", "cafe@example.org",
                    List.of("Hospitality and food", "Retail")),
            new DemoOrganisation("Bassetlaw Business Support", "Office and business services", SizeBand.SMALL,
                    "S80 1HQ", DisabilityConfidentLevel.EMPLOYER, "Lee Marshall", "bassetlaw@example.org",
                    List.of("Office and business services", "Digital and technology", "Cleaning and facilities")));

    private final AccountService accounts;
    private final EmployerService employers;
    private final VacancyService vacancies;
    private final OccupationDirectory occupations;
    private final ParticipantService participants;
    private final VacancyIndexService index;
    private final MatchService matches;
    private final PipelineService pipeline;
    private final PassportService passports;
    private final EmployerContactService contacts;
    private final SupportDirectoryService directory;
    private final Clock clock;

    DemoData(AccountService accounts, EmployerService employers, VacancyService vacancies,
             OccupationDirectory occupations, ParticipantService participants, VacancyIndexService index,
             MatchService matches, PipelineService pipeline, EmployerContactService contacts,
             SupportDirectoryService directory, PassportService passports, Clock clock) {
        this.directory = directory;
        this.passports = passports;
        this.index = index;
        this.matches = matches;
        this.pipeline = pipeline;
        this.contacts = contacts;
        this.accounts = accounts;
        this.employers = employers;
        this.vacancies = vacancies;
        this.occupations = occupations;
        this.participants = participants;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (!accounts.anyAccountExists()) {
            long started = System.nanoTime();
            load();
            LOG.info("Loaded demo data in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        printSignIns(event.getSource().getURL().toString());
    }

    void load() {
        SignedInUser admin = accounts.create("admin@example.org", "Alex Admin", PASSWORD, Role.ADMIN, null);
        SignedInUser specialist = accounts.create("specialist@example.org", "Sam Specialist", PASSWORD,
                Role.SPECIALIST, null);
        long amira = DemoParticipants.create(participants, specialist, LocalDate.now(clock));
        accounts.create("specialist2@example.org", "Jo Specialist", PASSWORD, Role.SPECIALIST, null);
        SignedInUser participant = accounts.create("participant@example.org", "Amira Hussain", PASSWORD,
                Role.PARTICIPANT, null);
        List<SignedInUser> employerUsers = new ArrayList<>();
        Map<String, SignedInUser> employerBySector = new LinkedHashMap<>();
        for (DemoOrganisation o : ORGANISATIONS) {
            SignedInUser user = employers.registerWithConfirmedEmail(new EmployerRegistration(o.name(), o.sector(), o.size(), o.postcode(),
                    o.level(), o.contact(), o.email(), "0114 496 0" + (100 + employerUsers.size()), PASSWORD));
            employerUsers.add(user);
            o.hires().forEach(sector -> employerBySector.put(sector, user));
        }
        Random random = new Random(20261123L);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < VACANCIES; i++) {
            JobTemplate job = JobTemplates.ALL.get(i % JobTemplates.ALL.size());
            SignedInUser employer = employerBySector.getOrDefault(job.sector(),
                    employerUsers.get(random.nextInt(employerUsers.size())));
            VacancyDraft draft = draft(job, random, today);
            if (i % 20 == 0) {
                vacancies.save(employer, null, draft);
                continue;
            }
            long id = vacancies.submit(employer, null, draft);
            if (i % 20 == 1) {
                continue;
            }
            vacancies.publish(i % 2 == 0 ? specialist : admin, id);
            if (i % 25 == 2) {
                vacancies.close(employer, id);
            }
        }
        index.catchUp();
        DemoPipeline.create(specialist, participants, matches, pipeline, contacts, today);
        DemoPipeline.jobStart(specialist, amira, matches, pipeline, passports, today);
        // The demo participant sees Amira's record: what her specialist shared, and her own searches. Linked
        // after the demo pipeline, so loading the demo sends no "shared with you" emails.
        participants.linkAccount(specialist, amira, participant.id());
        DemoDirectory.create(directory, admin);
    }

    private VacancyDraft draft(JobTemplate job, Random random, LocalDate today) {
        String district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
        String postcode = district + " " + random.nextInt(10) + letter(random) + letter(random);
        Map<String, String> adjustments = new LinkedHashMap<>();
        for (String code : job.adjustments()) {
            if (random.nextInt(5) > 0) {
                adjustments.put(code, "");
            }
        }
        String occupationTitle = occupations.find(job.socCode()).map(o -> o.title()).orElse(job.occupationTitle());
        return new VacancyDraft(job.title(), description(job), job.socCode(), occupationTitle, postcode,
                job.workMode(), job.hoursMin(), job.hoursMax(), EnumSet.copyOf(job.patterns()), job.contract(),
                BigDecimal.valueOf(job.payMin()), BigDecimal.valueOf(job.payMax()), job.period(),
                today.plusDays(7 + random.nextInt(50)), 1 + random.nextInt(3), adjustments,
                new TreeSet<>(job.demands()));
    }

    private static String description(JobTemplate job) {
        StringBuilder text = new StringBuilder(job.summary()).append("\n\nWhat you will do:\n");
        job.duties().forEach(d -> text.append("- ").append(capitalise(d)).append('\n'));
        text.append("\nYou do not need experience: we give full training. We welcome applications from people ")
                .append("with health conditions and are happy to talk about adjustments that would help you.");
        return text.toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static char letter(Random random) {
        return INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }

    private static void printSignIns(String url) {
        String signIns = """

                Working Win portal with demo data at %s
                Every demo account uses the password: %s
                  Administrator: admin@example.org
                  Specialist:    specialist@example.org (and specialist2@example.org)
                  Employer:      employer@example.org (Don Valley Care Homes; other employers: \
                logistics@, barnsley@, bakery@, cafe@, bassetlaw@example.org)
                  Participant:   participant@example.org
                """.formatted(url, PASSWORD);
        System.out.println(signIns);
    }
}
