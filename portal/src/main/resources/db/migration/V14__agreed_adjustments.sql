-- Workplace adjustments agreed with the employer once a participant has started a job (one row per
-- adjustment of the taxonomy), the content of the participant's adjustment passport.
CREATE TABLE agreed_adjustment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    opportunity_id BIGINT       NOT NULL,
    code           VARCHAR(40)  NOT NULL,
    note           VARCHAR(300),
    agreed_on      DATE         NOT NULL,
    recorded_by    BIGINT       NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    CONSTRAINT agreed_adjustment_unique UNIQUE (opportunity_id, code),
    CONSTRAINT agreed_adjustment_opportunity_fk FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT agreed_adjustment_recorded_by_fk FOREIGN KEY (recorded_by) REFERENCES user_account (id)
);
