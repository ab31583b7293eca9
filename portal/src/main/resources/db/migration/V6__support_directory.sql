-- The support directory: organisations offering employment, skills, money and health support across the
-- nine local authorities, listed once an administrator approves them. Kinds of help, who it is for and
-- areas served are short code lists (at most nine values each), kept as comma-separated columns.
CREATE TABLE provider_listing (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(120)  NOT NULL,
    description      VARCHAR(1000) NOT NULL,
    help_kind_codes  VARCHAR(200)  NOT NULL,
    audience_codes   VARCHAR(200)  NOT NULL,
    area_codes       VARCHAR(200)  NOT NULL,
    website          VARCHAR(200),
    email            VARCHAR(254),
    phone            VARCHAR(30),
    address          VARCHAR(200),
    postcode         VARCHAR(8),
    status           VARCHAR(10)   NOT NULL,
    rejection_reason VARCHAR(500),
    submitter_name   VARCHAR(100)  NOT NULL,
    submitter_email  VARCHAR(254)  NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    decided_by       BIGINT,
    decided_at       DATETIME(3),
    version          BIGINT        NOT NULL,
    CONSTRAINT provider_listing_decided_by_fk FOREIGN KEY (decided_by) REFERENCES user_account (id)
);
CREATE INDEX provider_listing_status_name ON provider_listing (status, name);
CREATE INDEX provider_listing_status_created ON provider_listing (status, created_at);
