-- A participant's own portal account (given by their specialist), their saved searches with the daily
-- digest, which emails they want, and the tokens behind every email's unsubscribe link.
ALTER TABLE participant ADD COLUMN user_id BIGINT;
ALTER TABLE participant ADD CONSTRAINT participant_user_unique UNIQUE (user_id);
ALTER TABLE participant ADD CONSTRAINT participant_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id);

-- A browse of the Vacancies page kept by name. Multi-valued filters are comma-separated, as on
-- participant. checked_until: the digest has told the participant about every vacancy published before it.
CREATE TABLE saved_search (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id           BIGINT        NOT NULL,
    name              VARCHAR(100)  NOT NULL,
    keywords          VARCHAR(200),
    postcode          VARCHAR(10),
    radius_km         DOUBLE,
    hours_min         DOUBLE,
    hours_max         DOUBLE,
    work_modes        VARCHAR(100)  NOT NULL,
    contract_types    VARCHAR(200)  NOT NULL,
    local_authorities VARCHAR(1000) NOT NULL,
    adjustments       VARCHAR(1000) NOT NULL,
    checked_until     DATETIME(3)   NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    CONSTRAINT saved_search_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX saved_search_user ON saved_search (user_id, id);

-- Which emails a participant gets; no row means both.
CREATE TABLE mail_preference (
    user_id       BIGINT  NOT NULL PRIMARY KEY,
    share_emails  BOOLEAN NOT NULL,
    digest_emails BOOLEAN NOT NULL,
    CONSTRAINT mail_preference_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id)
);

-- One per email sent: the SHA-256 of the random token in its unsubscribe link, and the kind it turns off.
CREATE TABLE unsubscribe_token (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL,
    user_id    BIGINT      NOT NULL,
    kind       VARCHAR(10) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    CONSTRAINT unsubscribe_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT unsubscribe_token_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id)
);
