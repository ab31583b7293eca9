-- Failed sign-ins: a wrong password, or a wrong code at the second step. Kept in the database, not in
-- memory, so every portal node counts the same attempts. email is the address as typed (normalised),
-- whether or not an account has it, so a lock-out says nothing about which accounts exist. address is
-- the client's IP address. No foreign keys: most rows name no account.
CREATE TABLE sign_in_failure (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    email     VARCHAR(254) NOT NULL,
    address   VARCHAR(64)  NOT NULL,
    failed_at DATETIME(3)  NOT NULL
);
CREATE INDEX sign_in_failure_email ON sign_in_failure (email, failed_at);
CREATE INDEX sign_in_failure_address ON sign_in_failure (address, failed_at);
CREATE INDEX sign_in_failure_at ON sign_in_failure (failed_at);

-- Two-factor sign-in of a specialist or administrator: the shared TOTP secret (Base32) and the last
-- 30-second time step whose code was accepted, so no code works twice. Its own table, beside user_account.
CREATE TABLE two_factor (
    user_id        BIGINT      PRIMARY KEY,
    secret         VARCHAR(64) NOT NULL,
    enabled_at     DATETIME(3) NOT NULL,
    last_used_step BIGINT      NOT NULL,
    CONSTRAINT two_factor_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id)
);

-- Single-use recovery codes; only their SHA-256 hashes.
CREATE TABLE two_factor_recovery_code (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id   BIGINT      NOT NULL,
    code_hash CHAR(64)    NOT NULL,
    used_at   DATETIME(3),
    CONSTRAINT two_factor_recovery_user_fk FOREIGN KEY (user_id) REFERENCES user_account (id)
);
CREATE INDEX two_factor_recovery_user ON two_factor_recovery_code (user_id, code_hash);
