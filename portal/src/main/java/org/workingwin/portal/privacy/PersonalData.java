package org.workingwin.portal.privacy;

import java.util.List;

/**
 * Where a participant's personal data lives: every table the export reads and the erasure empties, and
 * the free-text health columns that are encrypted at rest. One list, so the export, the deletion and the
 * re-encryption cannot disagree; data-protection.md repeats it for people.
 */
final class PersonalData {

    /** A column encrypted by {@code HealthNoteCipher}, bound to "table.column#id". */
    record Sealed(String table, String column) {
    }

    /** One part of the export: a heading, and the rows of one table that are about the participant. */
    record Part(String key, String title, String table, String sql) {
    }

    static final List<Sealed> SEALED = List.of(
            new Sealed("participant_need", "note"),
            new Sealed("participant_revision", "changes"),
            new Sealed("employment_plan", "health_support"),
            new Sealed("employment_plan", "health_contact_name"),
            new Sealed("employment_plan", "health_contact_role"),
            new Sealed("employment_plan", "health_contact_phone"),
            new Sealed("employment_plan", "health_contact_email"),
            new Sealed("plan_revision", "changes"),
            new Sealed("plan_review", "notes"),
            new Sealed("plan_review", "next_steps"),
            new Sealed("opportunity_step", "note"),
            new Sealed("employer_contact", "note"),
            new Sealed("referral", "message"));

    /** Each query takes the participant's id as its one parameter (the account parts: their account's id). */
    static final List<Part> PARTS = List.of(
            new Part("record", "Record", "participant", "SELECT * FROM participant WHERE id = ?"),
            new Part("needs", "Functional needs and notes", "participant_need",
                    "SELECT * FROM participant_need WHERE participant_id = ? ORDER BY id"),
            new Part("recordHistory", "History of changes to the record", "participant_revision",
                    "SELECT * FROM participant_revision WHERE participant_id = ? ORDER BY id"),
            new Part("plan", "Employment plan", "employment_plan",
                    "SELECT * FROM employment_plan WHERE participant_id = ?"),
            new Part("planHistory", "History of changes to the plan", "plan_revision",
                    "SELECT * FROM plan_revision WHERE participant_id = ? ORDER BY id"),
            new Part("reviews", "Review meetings", "plan_review",
                    "SELECT * FROM plan_review WHERE participant_id = ? ORDER BY meeting_date, id"),
            new Part("opportunities", "Vacancies considered", "opportunity", """
                    SELECT o.*, v.title AS vacancy_title, org.name AS employer FROM opportunity o
                    JOIN vacancy v ON v.id = o.vacancy_id JOIN organisation org ON org.id = v.organisation_id
                    WHERE o.participant_id = ? ORDER BY o.id"""),
            new Part("opportunitySteps", "Steps with those vacancies", "opportunity_step", """
                    SELECT s.* FROM opportunity_step s JOIN opportunity o ON o.id = s.opportunity_id
                    WHERE o.participant_id = ? ORDER BY s.id"""),
            new Part("agreedAdjustments", "Adjustments agreed with employers", "agreed_adjustment", """
                    SELECT a.* FROM agreed_adjustment a JOIN opportunity o ON o.id = a.opportunity_id
                    WHERE o.participant_id = ? ORDER BY a.id"""),
            new Part("employerContacts", "Contacts with employers about them", "employer_contact",
                    "SELECT * FROM employer_contact WHERE participant_id = ? ORDER BY id"),
            new Part("referral", "Referral and consent", "referral",
                    "SELECT * FROM referral WHERE participant_id = ? ORDER BY id"),
            new Part("allocation", "Trial allocation", "allocation", """
                    SELECT a.id, a.referral_id, a.arm, a.revealed_at FROM allocation a
                    JOIN referral r ON r.id = a.referral_id WHERE r.participant_id = ?"""),
            new Part("account", "Portal account", "user_account", """
                    SELECT u.id, u.email, u.display_name, u.role, u.created_at FROM user_account u
                    JOIN participant p ON p.user_id = u.id WHERE p.id = ?"""),
            new Part("savedSearches", "Saved searches", "saved_search", """
                    SELECT s.* FROM saved_search s JOIN participant p ON p.user_id = s.user_id
                    WHERE p.id = ? ORDER BY s.id"""),
            new Part("mailPreferences", "Email choices", "mail_preference", """
                    SELECT m.* FROM mail_preference m JOIN participant p ON p.user_id = m.user_id WHERE p.id = ?"""),
            new Part("unsubscribeLinks", "Unsubscribe links sent", "unsubscribe_token", """
                    SELECT t.id, t.kind, t.created_at FROM unsubscribe_token t
                    JOIN participant p ON p.user_id = t.user_id WHERE p.id = ? ORDER BY t.id"""),
            new Part("healthAudit", "Who read or changed their health data", "health_audit", """
                    SELECT h.id, h.actor_id, h.actor_role, h.action, h.what, h.via, h.at FROM health_audit h
                    WHERE h.participant_id = ? ORDER BY h.id"""));

    private PersonalData() {
    }

    static boolean sealed(String table, String column) {
        return SEALED.contains(new Sealed(table, column));
    }
}
