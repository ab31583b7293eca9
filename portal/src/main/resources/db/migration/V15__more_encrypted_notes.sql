-- Free text that people write about a participant's circumstances is encrypted at rest too: the message of a
-- referral (often a GP's reasons), the notes on pipeline steps (a specialist's message to an employer, a
-- reason for dismissing a vacancy) and employer-contact notes. Encrypted values are "ww1:" + base64, up to
-- about 5.4 times the typed characters for 4-byte characters, so TEXT. The portal seals values written
-- before this change at its next start.
ALTER TABLE referral MODIFY COLUMN message TEXT;
ALTER TABLE opportunity_step MODIFY COLUMN note TEXT;
ALTER TABLE employer_contact MODIFY COLUMN note TEXT;
