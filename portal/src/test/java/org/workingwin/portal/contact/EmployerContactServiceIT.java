package org.workingwin.portal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.InvalidInputException;

@MicronautTest(startApplication = false)
@Tag("database")
class EmployerContactServiceIT {

    @Inject
    EmployerContactService contacts;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    @Test
    void a_specialist_records_contacts_and_sees_only_their_own_with_a_weekly_rate() {
        LocalDate today = LocalDate.now(clock);
        SignedInUser me = data.user(Role.SPECIALIST);
        SignedInUser colleague = data.user(Role.SPECIALIST);
        contacts.record(me, " Don Valley Care Homes ", today, ContactKind.VISIT, "Met the manager", null);
        contacts.record(me, "Steel City Logistics", today.minusDays(10), ContactKind.PHONE, " ", null);
        contacts.record(me, "Dearne Bakery", today.minusDays(27), ContactKind.EMAIL, null, null);
        contacts.record(me, "Old contact", today.minusDays(28), ContactKind.MEETING, null, null);
        contacts.record(colleague, "Someone else's", today, ContactKind.VISIT, null, null);

        assertThat(contacts.mine(me, 0, 10)).extracting(EmployerContact::employerName, EmployerContact::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Don Valley Care Homes", "Met the manager"),
                        org.assertj.core.groups.Tuple.tuple("Steel City Logistics", null),
                        org.assertj.core.groups.Tuple.tuple("Dearne Bakery", null),
                        org.assertj.core.groups.Tuple.tuple("Old contact", null));
        assertThat(contacts.countMine(me)).isEqualTo(4);
        assertThat(contacts.contactsPerWeek(me)).isEqualTo(0.75);
        assertThat(contacts.contactsPerWeek(colleague)).isEqualTo(0.25);
    }

    @Test
    void bad_contacts_are_refused_field_by_field() {
        SignedInUser me = data.user(Role.SPECIALIST);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> contacts.record(me, "", LocalDate.now(clock).plusDays(1), null, "n".repeat(1001), null));
        assertThat(e.fieldErrors()).containsExactly(
                Map.entry("employerName", "Enter the employer's name"),
                Map.entry("contactDate", "The date cannot be in the future"),
                Map.entry("kind", "Choose how you were in touch"),
                Map.entry("note", "The note must be 1000 characters or fewer (it is 1001)"));
    }

    @Test
    void only_specialists_keep_an_employer_contact_log() {
        SignedInUser employer = data.employer("Not A Specialist Ltd");
        assertThatThrownBy(() -> contacts.record(employer, "Me", LocalDate.now(clock), ContactKind.PHONE, null, null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> contacts.mine(data.user(Role.PARTICIPANT), 0, 10))
                .isInstanceOf(NotAllowedException.class);
    }
}
