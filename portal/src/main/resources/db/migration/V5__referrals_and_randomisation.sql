-- The trial's front door: referrals (self, health professional, in-work support), the appointment's
-- eligibility and consent, and the concealed allocation sequence with its reveals.
CREATE TABLE referral (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    source                     VARCHAR(20)   NOT NULL,
    first_name                 VARCHAR(60)   NOT NULL,
    last_name                  VARCHAR(60)   NOT NULL,
    email                      VARCHAR(254),
    phone                      VARCHAR(30),
    preferred_contact          VARCHAR(10)   NOT NULL,
    best_time                  VARCHAR(200),
    postcode_district          VARCHAR(4)    NOT NULL,
    local_authority_code       VARCHAR(9)    NOT NULL,
    local_authority            VARCHAR(60)   NOT NULL,
    employment_status          VARCHAR(12)   NOT NULL,
    message                    VARCHAR(1000),
    referrer_name              VARCHAR(120),
    referrer_role              VARCHAR(120),
    referrer_organisation      VARCHAR(120),
    referrer_email             VARCHAR(254),
    referrer_phone             VARCHAR(30),
    employer_name              VARCHAR(120),
    employer_contact           VARCHAR(254),
    employer_agrees_to_contact BOOLEAN       NOT NULL,
    status                     VARCHAR(16)   NOT NULL,
    status_note                VARCHAR(500),
    consent_sheet_version      VARCHAR(40),
    consent_date               DATE,
    consent_recorded_by        BIGINT,
    consent_recorded_at        DATETIME(3),
    participant_id             BIGINT,
    created_at                 DATETIME(3)   NOT NULL,
    updated_at                 DATETIME(3)   NOT NULL,
    version                    BIGINT        NOT NULL,
    CONSTRAINT referral_consent_by_fk FOREIGN KEY (consent_recorded_by) REFERENCES user_account (id),
    CONSTRAINT referral_participant_fk FOREIGN KEY (participant_id) REFERENCES participant (id)
);
CREATE INDEX referral_status_created ON referral (status, created_at);

-- The pre-generated sequence: randomly permuted blocks per stratum (local authority x employment status).
-- Nobody reads it through the portal; a slot is claimed, in order, by exactly one reveal.
CREATE TABLE allocation_slot (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    stratum     VARCHAR(30) NOT NULL,
    position    INT         NOT NULL,
    block_no    INT         NOT NULL,
    arm         VARCHAR(12) NOT NULL,
    claimed_by  BIGINT,
    CONSTRAINT allocation_slot_position UNIQUE (stratum, position),
    CONSTRAINT allocation_slot_claimed UNIQUE (claimed_by)
);

-- A revealed allocation: written once, never updated or deleted.
CREATE TABLE allocation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    referral_id BIGINT      NOT NULL,
    slot_id     BIGINT      NOT NULL,
    stratum     VARCHAR(30) NOT NULL,
    arm         VARCHAR(12) NOT NULL,
    revealed_by BIGINT      NOT NULL,
    revealed_at DATETIME(3) NOT NULL,
    CONSTRAINT allocation_referral UNIQUE (referral_id),
    CONSTRAINT allocation_slot_once UNIQUE (slot_id),
    CONSTRAINT allocation_referral_fk FOREIGN KEY (referral_id) REFERENCES referral (id),
    CONSTRAINT allocation_slot_fk FOREIGN KEY (slot_id) REFERENCES allocation_slot (id),
    CONSTRAINT allocation_revealed_by_fk FOREIGN KEY (revealed_by) REFERENCES user_account (id)
);

-- Every request to reveal, the first and any later one (which shows the same allocation).
CREATE TABLE allocation_audit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    referral_id BIGINT      NOT NULL,
    actor_id    BIGINT      NOT NULL,
    event       VARCHAR(20) NOT NULL,
    arm         VARCHAR(12) NOT NULL,
    at          DATETIME(3) NOT NULL,
    CONSTRAINT allocation_audit_referral_fk FOREIGN KEY (referral_id) REFERENCES referral (id),
    CONSTRAINT allocation_audit_actor_fk FOREIGN KEY (actor_id) REFERENCES user_account (id)
);
