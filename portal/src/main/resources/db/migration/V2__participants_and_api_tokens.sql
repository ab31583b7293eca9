-- Participants' matching profiles (preferences and coded functional needs) and API tokens.
CREATE TABLE participant (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference        VARCHAR(20)  NOT NULL,
    first_name       VARCHAR(60)  NOT NULL,
    last_name        VARCHAR(60)  NOT NULL,
    specialist_id    BIGINT,
    wanted_roles     VARCHAR(500),
    occupation_codes VARCHAR(100) NOT NULL,
    skills           VARCHAR(1000),
    sectors          VARCHAR(600) NOT NULL,
    hours_min        DOUBLE,
    hours_max        DOUBLE,
    work_patterns    VARCHAR(60)  NOT NULL,
    minimum_pay      DECIMAL(10, 2),
    minimum_pay_period VARCHAR(10),
    contract_types   VARCHAR(100) NOT NULL,
    home_district    VARCHAR(4),
    latitude         DOUBLE,
    longitude        DOUBLE,
    max_travel_km    DOUBLE       NOT NULL,
    work_modes       VARCHAR(40)  NOT NULL,
    demands_to_avoid VARCHAR(700) NOT NULL,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT participant_reference_unique UNIQUE (reference),
    CONSTRAINT participant_specialist_fk FOREIGN KEY (specialist_id) REFERENCES user_account (id)
);

CREATE TABLE participant_need (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    participant_id BIGINT      NOT NULL,
    code           VARCHAR(40) NOT NULL,
    level          VARCHAR(12) NOT NULL,
    CONSTRAINT participant_need_unique UNIQUE (participant_id, code),
    CONSTRAINT participant_need_participant_fk FOREIGN KEY (participant_id) REFERENCES participant (id)
);

-- The participants' change log, followed by the reverse-match index like index_outbox for vacancies.
CREATE TABLE participant_outbox (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    participant_id BIGINT      NOT NULL,
    created_at     DATETIME(3) NOT NULL
);

CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(60)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    last_used_at DATETIME(3),
    revoked_at   DATETIME(3),
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash),
    CONSTRAINT api_token_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id)
);
