-- One-time emailed links (invitations, email verification, password reset), when an account's email was
-- confirmed, and the counter behind "sign out everywhere". Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB.
ALTER TABLE user_account ADD COLUMN email_verified_at DATETIME(3);
-- Raised to end every session of the account: a signed-in session that remembers a lower number is stale.
ALTER TABLE user_account ADD COLUMN session_generation INT NOT NULL DEFAULT 0;
-- Accounts from before this change were made by demo data or by hand: their addresses count as confirmed.
UPDATE user_account SET email_verified_at = created_at;

-- Only the SHA-256 of a link's random token is kept, so a copy of the database opens no link.
-- email and display_name: who the link is for; role and participant_id: what an invitation makes;
-- user_id: the account a verification or reset is for; created_by: who sent it (NULL: asked for on the
-- sign-in page). A link works once, until expires_at, unless revoked (withdrawn, or replaced by a new one).
CREATE TABLE one_time_link (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    purpose        VARCHAR(20)  NOT NULL,
    token_hash     CHAR(64)     NOT NULL,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(100),
    role           VARCHAR(20),
    user_id        BIGINT,
    participant_id BIGINT,
    created_by     BIGINT,
    created_at     DATETIME(3)  NOT NULL,
    expires_at     DATETIME(3)  NOT NULL,
    used_at        DATETIME(3),
    revoked_at     DATETIME(3),
    CONSTRAINT one_time_link_hash_unique UNIQUE (token_hash),
    CONSTRAINT one_time_link_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT one_time_link_participant_fk FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT one_time_link_created_by_fk FOREIGN KEY (created_by) REFERENCES user_account (id)
);
CREATE INDEX one_time_link_purpose_email ON one_time_link (purpose, email);
