package org.workingwin.portal.ips;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.contact.EmployerContact;
import org.workingwin.portal.contact.EmployerContactService;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.pipeline.PipelineStep;

/**
 * The IPS fidelity figures of a specialist's work: how fast participants meet employers, how often the
 * specialist contacts employers, and how far participants get from shortlist to job start. A specialist
 * sees their own; an administrator sees every specialist's. Reads only.
 */
@Singleton
public class IpsFiguresService {

    /** IPS fidelity ("rapid job search"): the first employer contact within 30 days of enrolment. */
    public static final int FIRST_CONTACT_AIM_DAYS = 30;

    private final ParticipantService participants;
    private final EmployerContactService contacts;
    private final PipelineService pipeline;
    private final AccountService accounts;
    private final Clock clock;

    IpsFiguresService(ParticipantService participants, EmployerContactService contacts, PipelineService pipeline,
                      AccountService accounts, Clock clock) {
        this.participants = participants;
        this.contacts = contacts;
        this.pipeline = pipeline;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The signed-in specialist's figures, with a row per participant on their caseload. */
    @Transactional
    public SpecialistFigures mine(SignedInUser specialist) {
        NotAllowedException.requireRole(specialist, Role.SPECIALIST);
        List<Participant> caseload = participants.caseload(specialist);
        return figuresOf(specialist.id(), specialist.displayName(), caseload, factsAbout(caseload));
    }

    /** Every specialist's figures, by name, for an administrator; participants on no caseload are left out. */
    @Transactional
    public List<SpecialistFigures> everySpecialist(SignedInUser admin) {
        NotAllowedException.requireRole(admin, Role.ADMIN);
        List<Participant> everyone = participants.caseload(admin);
        // Contacts and steps are loaded once for everyone, not once per specialist.
        IpsFigures.Facts facts = factsAbout(everyone);
        Map<Long, List<Participant>> bySpecialist = everyone.stream().filter(p -> p.specialistId() != null)
                .collect(groupingBy(Participant::specialistId));
        return accounts.specialists().stream().map(s -> figuresOf(s.id(), s.name(),
                bySpecialist.getOrDefault(s.id(), List.of()), facts)).toList();
    }

    private SpecialistFigures figuresOf(long specialistId, String name, List<Participant> caseload,
                                        IpsFigures.Facts facts) {
        return IpsFigures.ofSpecialist(specialistId, name, participants.activeCaseloadSize(specialistId),
                contacts.contactsPerWeekOf(specialistId), caseload, facts, LocalDate.now(clock));
    }

    private IpsFigures.Facts factsAbout(List<Participant> caseload) {
        List<Long> ids = caseload.stream().map(Participant::id).toList();
        return new IpsFigures.Facts(
                contacts.forParticipants(ids).stream().collect(groupingBy(EmployerContact::participantId,
                        mapping(EmployerContact::contactDate, toList()))),
                pipeline.stepsOf(ids).stream().collect(groupingBy(PipelineStep::participantId,
                        mapping(PipelineStep::kind, toList()))));
    }
}
