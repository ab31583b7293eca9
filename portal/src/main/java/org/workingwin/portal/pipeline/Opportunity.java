package org.workingwin.portal.pipeline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.workingwin.portal.vacancy.PayPeriod;

/**
 * One vacancy considered for one participant. {@code vacancyVersion} is the vacancy's version when it
 * was last shortlisted or dismissed: a dismissal hides the vacancy from suggestions only while the
 * vacancy is unchanged. {@code recruitmentAdjustments}: the recruitment adjustment codes asked of the
 * employer at the introduction, comma-separated. The job fields are filled at the job start.
 */
@MappedEntity("opportunity")
public record Opportunity(
        @Id @GeneratedValue @Nullable Long id,
        long participantId,
        long vacancyId,
        Stage stage,
        long vacancyVersion,
        String recruitmentAdjustments,
        @Nullable EmployerAnswer employerAnswer,
        @Nullable String employerNote,
        @Nullable LocalDate jobStartDate,
        @Nullable Double jobHours,
        @Nullable BigDecimal jobPay,
        @Nullable PayPeriod jobPayPeriod,
        @Nullable Outcome outcome,
        Instant createdAt,
        Instant updatedAt,
        @Version @Nullable Long version) {

    Opportunity at(Stage next, long vacancyVersionNow, Instant now) {
        return new Opportunity(id, participantId, vacancyId, next, vacancyVersionNow, recruitmentAdjustments,
                employerAnswer, employerNote, jobStartDate, jobHours, jobPay, jobPayPeriod, outcome, createdAt, now,
                version);
    }

    Opportunity introduced(String adjustments, Instant now) {
        return new Opportunity(id, participantId, vacancyId, Stage.INTRODUCED, vacancyVersion, adjustments,
                employerAnswer, employerNote, jobStartDate, jobHours, jobPay, jobPayPeriod, outcome, createdAt, now,
                version);
    }

    Opportunity answered(EmployerAnswer answer, String note, Instant now) {
        return new Opportunity(id, participantId, vacancyId, stage, vacancyVersion, recruitmentAdjustments, answer,
                note, jobStartDate, jobHours, jobPay, jobPayPeriod, outcome, createdAt, now, version);
    }

    Opportunity started(JobStart job, Instant now) {
        return new Opportunity(id, participantId, vacancyId, Stage.STARTED, vacancyVersion, recruitmentAdjustments,
                employerAnswer, employerNote, job.startDate(), job.hours(), job.pay(), job.payPeriod(), outcome,
                createdAt, now, version);
    }

    Opportunity closed(Outcome result, Instant now) {
        return new Opportunity(id, participantId, vacancyId, Stage.CLOSED, vacancyVersion, recruitmentAdjustments,
                employerAnswer, employerNote, jobStartDate, jobHours, jobPay, jobPayPeriod, result, createdAt, now,
                version);
    }
}
