-- Every read and change of a participant's health data (needs, notes, what they agreed to disclose):
-- who, what, when, which participant, and from which view or API endpoint. Append-only: the application
-- only inserts and reads these rows. No foreign keys, so the trail outlives accounts and records.
-- actor_id NULL: the system itself (a job, the demo data).
CREATE TABLE health_audit (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    actor_id       BIGINT,
    actor_role     VARCHAR(20)  NOT NULL,
    action         VARCHAR(10)  NOT NULL,
    what           VARCHAR(100) NOT NULL,
    participant_id BIGINT       NOT NULL,
    via            VARCHAR(200) NOT NULL,
    at             DATETIME(3)  NOT NULL
);
CREATE INDEX health_audit_at ON health_audit (at, id);
CREATE INDEX health_audit_participant ON health_audit (participant_id, at);
CREATE INDEX health_audit_actor ON health_audit (actor_id, at);
