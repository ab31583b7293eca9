package org.workingwin.portal;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.account.AccountService;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.employer.DisabilityConfidentLevel;
import org.workingwin.portal.employer.EmployerRegistration;
import org.workingwin.portal.employer.EmployerService;
import org.workingwin.portal.employer.SizeBand;
import org.workingwin.portal.participant.ParticipantInput;
import org.workingwin.portal.vacancy.ContractType;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.VacancyDraft;
import org.workingwin.portal.vacancy.WorkPattern;

/**
 * Builds accounts and vacancies for integration tests. Emails are unique per call, because the MySQL
 * run shares one database between test classes.
 */
@Singleton
public class TestData {

    public static final String PASSWORD = "correct horse battery";
    private final EmployerService employers;
    private final AccountService accounts;

    TestData(EmployerService employers, AccountService accounts) {
        this.employers = employers;
        this.accounts = accounts;
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** An employer whose email address counts as confirmed, so their vacancies may go for checks. */
    public SignedInUser employer(String organisation) {
        return employers.registerWithConfirmedEmail(new EmployerRegistration(organisation, "Retail", SizeBand.SMALL, "S1 2HE",
                DisabilityConfidentLevel.COMMITTED, "Erin Employer", uniqueEmail("employer"), null, PASSWORD));
    }

    public SignedInUser user(Role role) {
        return accounts.create(uniqueEmail(role.name().toLowerCase()), "Test " + role, PASSWORD, role, null);
    }

    /** A vacancy that passes every check, in Sheffield S1. */
    public static VacancyDraft validDraft(String title, LocalDate today) {
        Map<String, String> adjustments = new LinkedHashMap<>();
        adjustments.put("flexible_start", "Start between 8 and 10am");
        adjustments.put("quiet_workspace", "");
        return new VacancyDraft(title, "Help customers in our Sheffield shop. Training given.", "7111",
                "Sales and retail assistants", "S1 2HE", WorkMode.ON_SITE, 16.0, 24.0,
                EnumSet.of(WorkPattern.DAYS), ContractType.PERMANENT, new BigDecimal("12.21"),
                new BigDecimal("12.80"), PayPeriod.HOUR, today.plusDays(30), 2, adjustments,
                new TreeSet<>(Set.of("prolonged_standing")));
    }

    /** A profile with the record's fields filled: email contact, consent to processing, nothing shared. */
    public static ParticipantInput consented(ParticipantInput profile) {
        return profile.withRecord("jamie@example.org", null, "EMAIL", true, false, "LOOKING", null, Map.of(),
                java.util.List.of());
    }

    /** A profile without the record's fields, as the matching tests need it. */
    public static ParticipantInput profile(String reference, String first, String last, String wantedRoles,
                                           String home, Map<String, String> needs) {
        return consented(new ParticipantInput(reference, first, last, wantedRoles, java.util.List.of("7111"), null,
                java.util.List.of(), 10.0, 30.0, java.util.List.of(), null, null, java.util.List.of(), home, 10.0,
                java.util.List.of("ON_SITE"), needs, java.util.List.of(), null, null, null, null, null, null, null,
                null, null));
    }

    public static VacancyDraft withPostcode(VacancyDraft d, String postcode) {
        return new VacancyDraft(d.title(), d.description(), d.occupationCode(), d.occupationTitle(), postcode,
                d.workMode(), d.hoursMin(), d.hoursMax(), d.patterns(), d.contractType(), d.payMin(), d.payMax(),
                d.payPeriod(), d.closingDate(), d.positions(), d.adjustments(), d.demands());
    }
}
