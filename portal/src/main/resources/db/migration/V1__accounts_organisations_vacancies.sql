-- Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB.
CREATE TABLE organisation (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                 VARCHAR(120) NOT NULL,
    sector               VARCHAR(60)  NOT NULL,
    size_band            VARCHAR(20)  NOT NULL,
    postcode             VARCHAR(8)   NOT NULL,
    postcode_district    VARCHAR(4)   NOT NULL,
    disability_confident VARCHAR(20)  NOT NULL,
    contact_name         VARCHAR(100) NOT NULL,
    contact_email        VARCHAR(254) NOT NULL,
    contact_phone        VARCHAR(30),
    created_at           DATETIME(3)  NOT NULL,
    version              BIGINT       NOT NULL
);

CREATE TABLE user_account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    organisation_id BIGINT,
    created_at      DATETIME(3)  NOT NULL,
    CONSTRAINT user_account_email_unique UNIQUE (email),
    CONSTRAINT user_account_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE vacancy (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id      BIGINT        NOT NULL,
    title                VARCHAR(120)  NOT NULL,
    description          TEXT          NOT NULL,
    occupation_code      VARCHAR(4),
    occupation_title     VARCHAR(120)  NOT NULL,
    postcode             VARCHAR(8)    NOT NULL,
    postcode_district    VARCHAR(4)    NOT NULL,
    local_authority_code VARCHAR(9)    NOT NULL,
    local_authority      VARCHAR(60)   NOT NULL,
    latitude             DOUBLE        NOT NULL,
    longitude            DOUBLE        NOT NULL,
    work_mode            VARCHAR(10)   NOT NULL,
    hours_min            DOUBLE        NOT NULL,
    hours_max            DOUBLE        NOT NULL,
    work_patterns        VARCHAR(60)   NOT NULL,
    contract_type        VARCHAR(20)   NOT NULL,
    pay_min              DECIMAL(10, 2),
    pay_max              DECIMAL(10, 2),
    pay_period           VARCHAR(10),
    closing_date         DATE          NOT NULL,
    positions            INT           NOT NULL,
    status               VARCHAR(12)   NOT NULL,
    published_at         DATETIME(3),
    created_at           DATETIME(3)   NOT NULL,
    updated_at           DATETIME(3)   NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT vacancy_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX vacancy_organisation_status ON vacancy (organisation_id, status);
CREATE INDEX vacancy_status ON vacancy (status);

CREATE TABLE vacancy_adjustment (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    vacancy_id BIGINT      NOT NULL,
    code       VARCHAR(40) NOT NULL,
    note       VARCHAR(300),
    CONSTRAINT vacancy_adjustment_unique UNIQUE (vacancy_id, code),
    CONSTRAINT vacancy_adjustment_vacancy_fk FOREIGN KEY (vacancy_id) REFERENCES vacancy (id)
);

CREATE TABLE vacancy_demand (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    vacancy_id BIGINT      NOT NULL,
    code       VARCHAR(40) NOT NULL,
    CONSTRAINT vacancy_demand_unique UNIQUE (vacancy_id, code),
    CONSTRAINT vacancy_demand_vacancy_fk FOREIGN KEY (vacancy_id) REFERENCES vacancy (id)
);

CREATE TABLE vacancy_status_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    vacancy_id  BIGINT       NOT NULL,
    from_status VARCHAR(12),
    to_status   VARCHAR(12)  NOT NULL,
    changed_by  BIGINT       NOT NULL,
    changed_at  DATETIME(3)  NOT NULL,
    reason      VARCHAR(500),
    CONSTRAINT vacancy_status_change_vacancy_fk FOREIGN KEY (vacancy_id) REFERENCES vacancy (id),
    CONSTRAINT vacancy_status_change_user_fk FOREIGN KEY (changed_by) REFERENCES user_account (id)
);
CREATE INDEX vacancy_status_change_vacancy ON vacancy_status_change (vacancy_id);

-- The ordered change log the search index follows (written in the same transaction as the change).
CREATE TABLE index_outbox (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    vacancy_id BIGINT      NOT NULL,
    created_at DATETIME(3) NOT NULL
);
