-- The whole participant record: contact, consent, status, enrolment; need notes and per-need consent
-- to tell employers; the kept history of edits; the review pipeline from suggestion to job start.
ALTER TABLE participant ADD COLUMN email VARCHAR(254);
ALTER TABLE participant ADD COLUMN phone VARCHAR(30);
ALTER TABLE participant ADD COLUMN preferred_contact VARCHAR(10) NOT NULL DEFAULT 'EMAIL';
ALTER TABLE participant ADD COLUMN consent_to_processing BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE participant ADD COLUMN share_contact BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE participant ADD COLUMN status VARCHAR(10) NOT NULL DEFAULT 'LOOKING';
ALTER TABLE participant ADD COLUMN enrolled_on DATE;
UPDATE participant SET enrolled_on = CAST(created_at AS DATE);

ALTER TABLE participant_need ADD COLUMN note VARCHAR(500);
ALTER TABLE participant_need ADD COLUMN disclose BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE participant_revision (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    participant_id BIGINT        NOT NULL,
    changed_by     BIGINT,
    changed_at     DATETIME(3)   NOT NULL,
    changes        VARCHAR(8000) NOT NULL,
    CONSTRAINT participant_revision_participant_fk FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT participant_revision_user_fk FOREIGN KEY (changed_by) REFERENCES user_account (id)
);
CREATE INDEX participant_revision_participant ON participant_revision (participant_id, id);

-- One vacancy considered for one participant, from shortlist or dismissal to job start and outcome.
CREATE TABLE opportunity (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    participant_id          BIGINT        NOT NULL,
    vacancy_id              BIGINT        NOT NULL,
    stage                   VARCHAR(20)   NOT NULL,
    vacancy_version         BIGINT        NOT NULL,
    recruitment_adjustments VARCHAR(400)  NOT NULL,
    employer_answer         VARCHAR(20),
    employer_note           VARCHAR(1000),
    job_start_date          DATE,
    job_hours               DOUBLE,
    job_pay                 DECIMAL(10, 2),
    job_pay_period          VARCHAR(10),
    outcome                 VARCHAR(20),
    created_at              DATETIME(3)   NOT NULL,
    updated_at              DATETIME(3)   NOT NULL,
    version                 BIGINT        NOT NULL,
    CONSTRAINT opportunity_unique UNIQUE (participant_id, vacancy_id),
    CONSTRAINT opportunity_participant_fk FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT opportunity_vacancy_fk FOREIGN KEY (vacancy_id) REFERENCES vacancy (id)
);
CREATE INDEX opportunity_vacancy_stage ON opportunity (vacancy_id, stage);

-- The timeline: every step, who took it and when.
CREATE TABLE opportunity_step (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    opportunity_id BIGINT        NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    event_date     DATE,
    note           VARCHAR(1000),
    actor_id       BIGINT        NOT NULL,
    created_at     DATETIME(3)   NOT NULL,
    CONSTRAINT opportunity_step_opportunity_fk FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT opportunity_step_actor_fk FOREIGN KEY (actor_id) REFERENCES user_account (id)
);
CREATE INDEX opportunity_step_opportunity ON opportunity_step (opportunity_id, id);

-- An employer contact may be made for one participant (IPS counts days to the first one).
ALTER TABLE employer_contact ADD COLUMN participant_id BIGINT;
ALTER TABLE employer_contact ADD CONSTRAINT employer_contact_participant_fk
    FOREIGN KEY (participant_id) REFERENCES participant (id);
CREATE INDEX employer_contact_participant ON employer_contact (participant_id, contact_date);
