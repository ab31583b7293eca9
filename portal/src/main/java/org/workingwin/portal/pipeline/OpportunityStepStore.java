package org.workingwin.portal.pipeline;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import org.workingwin.portal.base.crypto.HealthNoteCipher;

/**
 * Opportunity steps as the pipeline sees them, with each note encrypted at rest (bound to its row): a
 * specialist's message to an employer or a reason for dismissing a vacancy can speak of the participant's
 * health. The only way {@link PipelineService} reaches opportunity_step. A step with a note is inserted
 * first and its note sealed under the new row's id.
 */
@Singleton
class OpportunityStepStore {

    static final String TABLE = "opportunity_step";
    static final String NOTE = "note";

    private final OpportunityStepRepository steps;
    private final HealthNoteCipher cipher;

    OpportunityStepStore(OpportunityStepRepository steps, HealthNoteCipher cipher) {
        this.steps = steps;
        this.cipher = cipher;
    }

    void save(OpportunityStep step) {
        OpportunityStep saved = steps.save(new OpportunityStep(null, step.opportunityId(), step.kind(),
                step.eventDate(), null, step.actorId(), step.createdAt()));
        if (step.note() != null) {
            steps.updateNote(saved.id(), cipher.seal(step.note(), TABLE, NOTE, saved.id()));
        }
    }

    /** One opportunity's steps with their notes, oldest first. */
    List<OpportunityStep> timeline(long opportunityId) {
        return steps.findByOpportunityIdOrderById(opportunityId).stream().map(this::opened).toList();
    }

    /** The steps of many opportunities without their notes (figures and progress need only kinds and dates). */
    List<OpportunityStep> withoutNotes(Collection<Long> opportunityIds) {
        return steps.findByOpportunityIdInOrderById(opportunityIds).stream()
                .map(s -> new OpportunityStep(s.id(), s.opportunityId(), s.kind(), s.eventDate(), null, s.actorId(),
                        s.createdAt()))
                .toList();
    }

    private OpportunityStep opened(OpportunityStep s) {
        return s.note() == null ? s : new OpportunityStep(s.id(), s.opportunityId(), s.kind(), s.eventDate(),
                cipher.open(s.note(), TABLE, NOTE, s.id()), s.actorId(), s.createdAt());
    }
}
