-- Data protection: room for encrypted health notes, when someone left the programme (for retention),
-- and a tombstone for every deleted participant.

-- Free-text health notes are stored as "ww1:" + base64(AES-GCM ciphertext): about 4/3 of the UTF-8 bytes
-- plus 40 characters. TEXT where the plaintext may be long; sized VARCHARs for the short contact fields.
ALTER TABLE participant_need MODIFY COLUMN note TEXT;
ALTER TABLE participant_revision MODIFY COLUMN changes TEXT NOT NULL;
ALTER TABLE employment_plan MODIFY COLUMN health_support TEXT;
ALTER TABLE employment_plan MODIFY COLUMN health_contact_name VARCHAR(700);
ALTER TABLE employment_plan MODIFY COLUMN health_contact_role VARCHAR(700);
ALTER TABLE employment_plan MODIFY COLUMN health_contact_phone VARCHAR(250);
ALTER TABLE employment_plan MODIFY COLUMN health_contact_email VARCHAR(1400);
ALTER TABLE plan_review MODIFY COLUMN next_steps TEXT;

-- The day a participant's status became "left" (cleared if they come back). Those who had left before this
-- change are dated by their record's last update, the closest fact kept.
ALTER TABLE participant ADD COLUMN left_on DATE;
UPDATE participant SET left_on = CAST(updated_at AS DATE) WHERE status = 'LEFT';
CREATE INDEX participant_status_left_on ON participant (status, left_on);

-- One row per deleted participant: who deleted them (an administrator's account, or the retention job),
-- when, and the record's number and trial reference. No name, contact or health data.
CREATE TABLE erasure_record (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    participant_id BIGINT       NOT NULL,
    reference      VARCHAR(20)  NOT NULL,
    reason         VARCHAR(12)  NOT NULL,
    erased_by      BIGINT,
    erased_at      DATETIME(3)  NOT NULL
);
CREATE INDEX erasure_record_at ON erasure_record (erased_at, id);
