package org.workingwin.portal.passport;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.account.StaffMember;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.participant.Participant;
import org.workingwin.portal.participant.ParticipantService;
import org.workingwin.portal.pipeline.MyOpportunity;
import org.workingwin.portal.pipeline.OpportunityDetails;
import org.workingwin.portal.pipeline.PipelineService;
import org.workingwin.portal.pipeline.Stage;

/**
 * The adjustment passport: specialists record the adjustments agreed with the employer once a participant
 * has started a job; the participant chooses what goes into a printable PDF to hand to a new manager or
 * to an Access to Work application. Definitions in src/site/adjustment-passport.md.
 */
@Singleton
public class PassportService {

    public static final int NOTE_MAX = 300;
    public static final int OWN_WORDS_MAX = 1000;

    private final AgreedAdjustmentRepository agreed;
    private final PipelineService pipeline;
    private final ParticipantService participants;
    private final AccountService accounts;
    private final Taxonomy taxonomy;
    private final Clock clock;

    PassportService(AgreedAdjustmentRepository agreed, PipelineService pipeline, ParticipantService participants,
                    AccountService accounts, Taxonomy taxonomy, Clock clock) {
        this.agreed = agreed;
        this.pipeline = pipeline;
        this.participants = participants;
        this.accounts = accounts;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    /** A started job's agreed adjustments, for its participant's specialist or an administrator. */
    @Transactional
    public PassportJob forStaff(SignedInUser actor, long opportunityId) {
        OpportunityDetails details = startedJob(actor, opportunityId);
        return job(opportunityId, details.vacancyTitle(), details.organisationName(),
                details.opportunity().jobStartDate());
    }

    /**
     * Replaces the agreed adjustments of a started job: adjustment code to how it works in this job (may be
     * empty). Unknown codes and over-long notes are refused field by field.
     */
    @Transactional
    public void recordAgreed(SignedInUser actor, long opportunityId, Map<String, String> notes, LocalDate agreedOn) {
        startedJob(actor, opportunityId);
        Map<String, String> errors = new LinkedHashMap<>();
        notes.forEach((code, note) -> {
            if (taxonomy.adjustment(code).isEmpty()) {
                errors.put("adjustments", "Choose adjustments from the list");
            } else if (note != null && note.strip().length() > NOTE_MAX) {
                errors.put(code, "Use at most " + NOTE_MAX + " characters");
            }
        });
        if (agreedOn == null) {
            errors.put("agreedOn", "Enter the date the adjustments were agreed");
        } else if (agreedOn.isAfter(LocalDate.now(clock))) {
            errors.put("agreedOn", "The date cannot be in the future");
        }
        FieldErrors.throwIfAny(errors);
        agreed.deleteByOpportunityId(opportunityId);
        notes.forEach((code, note) -> agreed.save(new AgreedAdjustment(null, opportunityId, code,
                note == null || note.isBlank() ? null : note.strip(), agreedOn, actor.id(), clock.instant())));
    }

    /** The participant's own started jobs, each with its agreed adjustments. */
    @Transactional
    public List<PassportJob> myJobs(SignedInUser me) {
        NotAllowedException.requireRole(me, Role.PARTICIPANT);
        return pipeline.mine(me).stream().filter(o -> o.stage() == Stage.STARTED)
                .map(o -> job(o.opportunityId(), o.vacancyTitle(), o.organisationName(), o.jobStartDate())).toList();
    }

    /** The passport as a PDF, with only what the participant chose. Their own started jobs only. */
    @Transactional
    public byte[] pdf(SignedInUser me, long opportunityId, PassportChoice choice) {
        PassportJob job = myJobs(me).stream().filter(j -> j.opportunityId() == opportunityId).findFirst()
                .orElseThrow(() -> new NotAllowedException("This is not one of your jobs"));
        if (choice.inTheirWords() != null && choice.inTheirWords().strip().length() > OWN_WORDS_MAX) {
            FieldErrors.throwIfAny(Map.of("inTheirWords", "Use at most " + OWN_WORDS_MAX + " characters"));
        }
        Participant participant = participants.own(me);
        StaffMember specialist = participant.specialistId() == null ? null
                : accounts.staffMember(participant.specialistId()).orElse(null);
        List<PassportJob.Agreed> chosen = job.agreed().stream()
                .filter(a -> choice.adjustments().contains(a.code())).toList();
        return PassportPdf.render(new PassportPdf.Content(
                choice.name() ? participant.name() : null,
                choice.job() ? job.jobTitle() + " at " + job.employer() : null,
                choice.startDate() ? job.startDate() : null,
                chosen,
                choice.inTheirWords() == null || choice.inTheirWords().isBlank() ? null : choice.inTheirWords().strip(),
                choice.specialist() && specialist != null ? specialist.name() + " (" + specialist.email() + ")" : null,
                LocalDate.now(clock)));
    }

    private OpportunityDetails startedJob(SignedInUser actor, long opportunityId) {
        NotAllowedException.requireRole(actor, Role.SPECIALIST, Role.ADMIN);
        OpportunityDetails details = pipeline.details(actor, opportunityId);
        if (details.opportunity().jobStartDate() == null) {
            throw new NotAllowedException("Adjustments are agreed once the participant has started the job");
        }
        return details;
    }

    private PassportJob job(long opportunityId, String title, String employer, LocalDate startDate) {
        List<PassportJob.Agreed> list = agreed.findByOpportunityIdOrderById(opportunityId).stream().map(a -> {
            Adjustment adjustment = taxonomy.adjustment(a.code()).orElseThrow();
            return new PassportJob.Agreed(a.code(), adjustment.label(), adjustment.description(), a.note(),
                    a.agreedOn());
        }).toList();
        return new PassportJob(opportunityId, title, employer, startDate, list);
    }
}
