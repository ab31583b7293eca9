-- Specialists' log of their contacts with employers (IPS: job development with employers).
CREATE TABLE employer_contact (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    specialist_id   BIGINT        NOT NULL,
    employer_name   VARCHAR(120)  NOT NULL,
    contact_date    DATE          NOT NULL,
    kind            VARCHAR(12)   NOT NULL,
    note            VARCHAR(1000),
    created_at      DATETIME(3)   NOT NULL,
    CONSTRAINT employer_contact_specialist_fk FOREIGN KEY (specialist_id) REFERENCES user_account (id)
);
CREATE INDEX employer_contact_specialist_date ON employer_contact (specialist_id, contact_date);
