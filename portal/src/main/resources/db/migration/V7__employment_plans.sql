-- A new-service participant's employment plan (one each), every edit of it, and their review meetings.
-- Column sizes follow plan.PlanLimits.
CREATE TABLE employment_plan (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    participant_id        BIGINT        NOT NULL,
    goals                 VARCHAR(1000) NOT NULL,
    job_types             VARCHAR(300),
    health_support        VARCHAR(1000),
    health_contact_name   VARCHAR(120),
    health_contact_role   VARCHAR(120),
    health_contact_phone  VARCHAR(30),
    health_contact_email  VARCHAR(254),
    next_steps            VARCHAR(1000) NOT NULL,
    agreed_on             DATE          NOT NULL,
    created_by            BIGINT        NOT NULL,
    created_at            DATETIME(3)   NOT NULL,
    updated_by            BIGINT        NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT employment_plan_participant_unique UNIQUE (participant_id),
    CONSTRAINT employment_plan_participant_fk FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT employment_plan_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id),
    CONSTRAINT employment_plan_updated_by_fk FOREIGN KEY (updated_by) REFERENCES user_account (id)
);

-- The kept history of a plan: who, when, and one line per changed field ("Goals: before → after").
CREATE TABLE plan_revision (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    participant_id BIGINT      NOT NULL,
    changed_by     BIGINT      NOT NULL,
    changed_at     DATETIME(3) NOT NULL,
    changes        TEXT        NOT NULL,
    CONSTRAINT plan_revision_participant_fk FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT plan_revision_user_fk FOREIGN KEY (changed_by) REFERENCES user_account (id)
);
CREATE INDEX plan_revision_participant ON plan_revision (participant_id, id);

-- One review meeting with the participant; the latest meeting's next review date is when the next is due.
CREATE TABLE plan_review (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    participant_id   BIGINT        NOT NULL,
    meeting_date     DATE          NOT NULL,
    notes            TEXT          NOT NULL,
    next_steps       VARCHAR(1000),
    next_review_date DATE          NOT NULL,
    recorded_by      BIGINT        NOT NULL,
    recorded_at      DATETIME(3)   NOT NULL,
    CONSTRAINT plan_review_participant_fk FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT plan_review_user_fk FOREIGN KEY (recorded_by) REFERENCES user_account (id)
);
CREATE INDEX plan_review_participant ON plan_review (participant_id, meeting_date, id);
