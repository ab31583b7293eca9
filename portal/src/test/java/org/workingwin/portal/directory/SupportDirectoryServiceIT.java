package org.workingwin.portal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.InvalidInputException;

/**
 * The directory on a real database. Every listing's name starts with a tag unique to the test, and every
 * search includes it, because the MariaDB run shares one database between test classes and runs.
 */
@MicronautTest(startApplication = false, transactional = false)
@Tag("database")
class SupportDirectoryServiceIT {

    private static final String SHEFFIELD = "E08000039";
    private static final String BASSETLAW = "E07000171";
    private static final String CHESTERFIELD = "E07000034";
    private static final String BARNSLEY = "E08000038";

    @Inject
    SupportDirectoryService directory;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    private final String tag = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    /** Leaves no listing of this test waiting, so the shared database's queue stays short for the others. */
    @AfterEach
    void rejectWhatIsStillWaiting() {
        SignedInUser admin = data.user(Role.ADMIN);
        List<Long> waiting = new java.util.ArrayList<>();
        long total = directory.countPending(admin);
        for (int offset = 0; offset < total; offset += DirectoryLimits.PAGE_MAX) {
            directory.pending(admin, offset, DirectoryLimits.PAGE_MAX).stream()
                    .filter(l -> l.name().startsWith(tag)).forEach(l -> waiting.add(l.id()));
        }
        waiting.forEach(id -> directory.reject(admin, id, "Test finished"));
    }

    @Test
    void search_filters_approved_listings_by_area_kind_audience_and_words() {
        SignedInUser admin = data.user(Role.ADMIN);
        approve(admin, listing("Alpha Advice", "Help with money worries and benefit forms",
                EnumSet.of(HelpKind.DEBT_BENEFITS), EnumSet.of(Audience.ANYONE), SHEFFIELD, BARNSLEY));
        approve(admin, listing("Beta Back Care", "Exercise classes for BACK pain",
                EnumSet.of(HelpKind.MUSCULOSKELETAL), EnumSet.of(Audience.IN_WORK), CHESTERFIELD));
        approve(admin, listing("Gamma Carers", "Support for carers returning to work",
                EnumSet.of(HelpKind.EMPLOYMENT_SUPPORT, HelpKind.MENTAL_HEALTH), EnumSet.of(Audience.CARERS),
                SHEFFIELD, BASSETLAW));
        directory.register(listing("Delta Waiting", "Help with money worries",
                EnumSet.of(HelpKind.DEBT_BENEFITS), EnumSet.of(Audience.ANYONE), SHEFFIELD, BASSETLAW));
        long rejected = directory.register(listing("Epsilon Rejected", "Help with money worries",
                EnumSet.of(HelpKind.DEBT_BENEFITS), EnumSet.of(Audience.ANYONE), SHEFFIELD, BASSETLAW));
        directory.reject(admin, rejected, "Not in our area");

        assertThat(names(new DirectoryQuery(tag, null, null, null)))
                .containsExactly("Alpha Advice", "Beta Back Care", "Gamma Carers");
        assertThat(directory.count(new DirectoryQuery(tag, null, null, null))).isEqualTo(3);
        assertThat(names(new DirectoryQuery(tag, SHEFFIELD, null, null))).containsExactly("Alpha Advice", "Gamma Carers");
        assertThat(names(new DirectoryQuery(tag, CHESTERFIELD, null, null))).containsExactly("Beta Back Care");
        assertThat(names(new DirectoryQuery(tag, null, HelpKind.DEBT_BENEFITS, null))).containsExactly("Alpha Advice");
        assertThat(names(new DirectoryQuery(tag, BASSETLAW, HelpKind.MENTAL_HEALTH, null)))
                .containsExactly("Gamma Carers");
        assertThat(names(new DirectoryQuery(tag, BASSETLAW, HelpKind.DEBT_BENEFITS, null))).isEmpty();
        // A listing for anyone is found for every group.
        assertThat(names(new DirectoryQuery(tag, null, null, Audience.CARERS)))
                .containsExactly("Alpha Advice", "Gamma Carers");
        assertThat(names(new DirectoryQuery(tag, null, null, Audience.IN_WORK)))
                .containsExactly("Alpha Advice", "Beta Back Care");
        assertThat(names(new DirectoryQuery(tag, null, null, Audience.ANYONE)))
                .containsExactly("Alpha Advice", "Beta Back Care", "Gamma Carers");
        // Every word must appear, in the name or the description, in any case and order.
        assertThat(names(new DirectoryQuery(tag.toUpperCase() + "  back   PAIN ", null, null, null)))
                .containsExactly("Beta Back Care");
        assertThat(names(new DirectoryQuery("work carers " + tag, null, null, null))).containsExactly("Gamma Carers");
        assertThat(names(new DirectoryQuery(tag + " money", null, null, null))).containsExactly("Alpha Advice");
        assertThat(names(new DirectoryQuery(tag + " moneyx", null, null, null))).isEmpty();
        assertThat(directory.search(new DirectoryQuery(tag, null, null, null), 1, 1))
                .extracting(ProviderListing::name).containsExactly(tag + " Beta Back Care");
        assertThat(directory.search(new DirectoryQuery(tag, "E99999999", null, null), 0, 10)).isEmpty();
        assertThat(directory.count(new DirectoryQuery(tag, "E99999999", null, null))).isZero();
    }

    @Test
    void approved_in_lists_only_approved_listings_serving_the_area_by_name() {
        SignedInUser admin = data.user(Role.ADMIN);
        approve(admin, listing("Zulu Skills", "Courses", EnumSet.of(HelpKind.SKILLS), EnumSet.of(Audience.ANYONE),
                SHEFFIELD, BASSETLAW));
        approve(admin, listing("Yankee Training", "Courses", EnumSet.of(HelpKind.TRAINING),
                EnumSet.of(Audience.ANYONE), SHEFFIELD));
        directory.register(listing("Xray Waiting", "Courses", EnumSet.of(HelpKind.TRAINING),
                EnumSet.of(Audience.ANYONE), SHEFFIELD, BASSETLAW));

        assertThat(mine(directory.approvedIn(SHEFFIELD))).containsExactly("Yankee Training", "Zulu Skills");
        assertThat(mine(directory.approvedIn(BASSETLAW))).containsExactly("Zulu Skills");
        assertThat(mine(directory.approvedIn(CHESTERFIELD))).isEmpty();
        assertThat(directory.approvedIn("' OR '1'='1")).isEmpty();
        assertThat(directory.approvedIn("%")).isEmpty();
        assertThat(directory.approvedIn(null)).isEmpty();
    }

    @Test
    void a_listing_keeps_what_was_sent_tidied_and_records_who_approved_it() {
        SignedInUser admin = data.user(Role.ADMIN);
        Instant before = clock.instant();
        long id = directory.register(new ListingRegistration("  " + tag + " Full Listing ", " Everything given ",
                EnumSet.of(HelpKind.VOLUNTEERING, HelpKind.TRAINING), EnumSet.of(Audience.OVER_50, Audience.CARERS),
                Set.of(SHEFFIELD, BARNSLEY), " https://example.org/full ", " full@example.org ", " 0114 496 0999 ",
                " 1 Example Street ", "s1 2he", " Dee Example ", " dee@example.org "));
        directory.approve(admin, id);

        ProviderListing l = directory.search(new DirectoryQuery(tag, null, null, null), 0, 10).getFirst();
        assertThat(l.id()).isEqualTo(id);
        assertThat(l.name()).isEqualTo(tag + " Full Listing");
        assertThat(l.description()).isEqualTo("Everything given");
        assertThat(l.kinds()).containsExactly(HelpKind.TRAINING, HelpKind.VOLUNTEERING);
        assertThat(l.helpKindCodes()).isEqualTo("TRAINING,VOLUNTEERING");
        assertThat(l.audiences()).containsExactly(Audience.OVER_50, Audience.CARERS);
        assertThat(l.areas()).containsExactly(BARNSLEY, SHEFFIELD);
        assertThat(l.website()).isEqualTo("https://example.org/full");
        assertThat(l.email()).isEqualTo("full@example.org");
        assertThat(l.phone()).isEqualTo("0114 496 0999");
        assertThat(l.address()).isEqualTo("1 Example Street");
        assertThat(l.postcode()).isEqualTo("S1 2HE");
        assertThat(l.submitterName()).isEqualTo("Dee Example");
        assertThat(l.submitterEmail()).isEqualTo("dee@example.org");
        assertThat(l.status()).isEqualTo(ListingStatus.APPROVED);
        assertThat(l.rejectionReason()).isNull();
        assertThat(l.decidedBy()).isEqualTo(admin.id());
        // MariaDB through Connector/J keeps whole seconds here, H2 keeps milliseconds.
        assertThat(l.decidedAt()).isBetween(before.truncatedTo(ChronoUnit.SECONDS), clock.instant());
        assertThat(l.updatedAt()).isEqualTo(l.decidedAt());
    }

    @Test
    void waiting_listings_are_for_administrators_oldest_first_and_each_is_decided_once() {
        SignedInUser admin = data.user(Role.ADMIN);
        long first = directory.register(listing("First", "Sent first", EnumSet.of(HelpKind.SKILLS),
                EnumSet.of(Audience.ANYONE), SHEFFIELD));
        long second = directory.register(listing("Second", "Sent second", EnumSet.of(HelpKind.SKILLS),
                EnumSet.of(Audience.ANYONE), SHEFFIELD));
        long waiting = directory.countPending(admin);
        assertThat(mine(directory.pending(admin))).containsExactly("First", "Second");

        directory.approve(admin, first);
        directory.reject(admin, second, " Could not confirm it exists ");
        assertThat(mine(directory.pending(admin))).isEmpty();
        assertThat(directory.countPending(admin)).isEqualTo(waiting - 2);
        assertThat(names(new DirectoryQuery(tag, null, null, null))).containsExactly("First");

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> directory.approve(admin, second))
                .fieldErrors()).containsExactly(Map.entry("listing", "This listing was already rejected"));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> directory.reject(admin, first, "No"))
                .fieldErrors()).containsExactly(Map.entry("listing", "This listing was already approved"));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> directory.approve(admin, Long.MAX_VALUE))
                .fieldErrors()).containsExactly(Map.entry("listing", "This listing no longer exists"));
    }

    @Test
    void only_administrators_see_approve_or_reject_waiting_listings() {
        long id = directory.register(listing("Guarded", "Waiting", EnumSet.of(HelpKind.SKILLS),
                EnumSet.of(Audience.ANYONE), SHEFFIELD));
        for (Role role : List.of(Role.SPECIALIST, Role.EMPLOYER, Role.PARTICIPANT)) {
            SignedInUser someone = data.user(role);
            assertThatThrownBy(() -> directory.approve(someone, id)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> directory.reject(someone, id, "No")).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> directory.pending(someone)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> directory.countPending(someone)).isInstanceOf(NotAllowedException.class);
        }
        assertThatThrownBy(() -> directory.approve(null, id)).isInstanceOf(NotAllowedException.class);

        SignedInUser admin = data.user(Role.ADMIN);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> directory.reject(admin, id, "  "))
                .fieldErrors()).containsExactly(Map.entry("reason", "Enter the reason"));
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> directory.reject(admin, id, "r".repeat(DirectoryLimits.REASON_MAX + 1))).fieldErrors())
                .containsExactly(Map.entry("reason", "The reason must be 500 characters or fewer (it is 501)"));
        assertThat(mine(directory.pending(admin))).containsExactly("Guarded");
        assertThat(names(new DirectoryQuery(tag, null, null, null))).isEmpty();
    }

    @Test
    void an_empty_registration_is_refused_field_by_field() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> directory.register(
                new ListingRegistration(" ", null, Set.of(), null, Set.of(), " ", "", null, null, " ", null, "")));
        assertThat(e.fieldErrors()).containsExactly(
                Map.entry("name", "Enter the organisation's name"),
                Map.entry("description", "Describe the help you offer"),
                Map.entry("kinds", "Choose at least one kind of help"),
                Map.entry("audiences", "Choose who the help is for, or Anyone"),
                Map.entry("areas", "Choose at least one area you serve"),
                Map.entry("website", "Give a website, email address or phone number, so people can get in touch"),
                Map.entry("contactName", "Enter your name"),
                Map.entry("contactEmail", "Enter your email address"));
    }

    @Test
    void a_registration_with_bad_values_is_refused_field_by_field() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> directory.register(
                new ListingRegistration("n".repeat(DirectoryLimits.NAME_MAX + 1),
                        "d".repeat(DirectoryLimits.DESCRIPTION_MAX + 1), Set.of(HelpKind.SKILLS),
                        Set.of(Audience.ANYONE), Set.of(SHEFFIELD, "E99999999"), "javascript:alert(1)//example.org",
                        "not-an-email", "call us", "a".repeat(DirectoryLimits.ADDRESS_MAX + 1), "ZZ99",
                        "c".repeat(DirectoryLimits.CONTACT_NAME_MAX + 1), "someone@")));
        assertThat(e.fieldErrors()).containsExactly(
                Map.entry("name", "The organisation's name must be 120 characters or fewer (it is 121)"),
                Map.entry("description", "The description must be 1000 characters or fewer (it is 1001)"),
                Map.entry("areas", "Choose areas from the list"),
                Map.entry("website", "Enter the whole website address, starting with https:// or http://"),
                Map.entry("email", "Enter an email address like name@example.org"),
                Map.entry("phone", "Enter a phone number like 0114 496 0000 or +44 114 496 0000"),
                Map.entry("address", "The address must be 200 characters or fewer (it is 201)"),
                Map.entry("postcode", "We cannot find the postcode district ZZ99. Check the postcode and try again"),
                Map.entry("contactName", "Your name must be 100 characters or fewer (it is 101)"),
                Map.entry("contactEmail", "Enter an email address like name@example.org"));

        for (String website : List.of("example.org", "www.example.org", "ftp://example.org", "https://", "https://x",
                "https://exa mple.org", "https://user@example.org")) {
            assertThat(catchThrowableOfType(InvalidInputException.class, () -> directory.register(withWebsite(
                    listing("Bad site", "x", Set.of(HelpKind.SKILLS), Set.of(Audience.ANYONE), SHEFFIELD), website)))
                    .fieldErrors())
                    .as(website).containsExactly(
                            Map.entry("website", "Enter the whole website address, starting with https:// or http://"));
        }
        assertThat(directory.register(withWebsite(listing("Good site", "x", Set.of(HelpKind.SKILLS),
                Set.of(Audience.ANYONE), SHEFFIELD), "HTTP://Example.org/a?b=c#d"))).isPositive();
    }

    @Test
    void any_typed_text_finds_listings_literally_or_nothing_and_never_fails() {
        SignedInUser admin = data.user(Role.ADMIN);
        approve(admin, listing("100% free course", "Percent", Set.of(HelpKind.TRAINING), Set.of(Audience.ANYONE), SHEFFIELD));
        approve(admin, listing("1000 free course", "No percent", Set.of(HelpKind.TRAINING), Set.of(Audience.ANYONE), SHEFFIELD));
        approve(admin, listing("a_b club", "Underscore", Set.of(HelpKind.SKILLS), Set.of(Audience.ANYONE), SHEFFIELD));
        approve(admin, listing("axb club", "No underscore", Set.of(HelpKind.SKILLS), Set.of(Audience.ANYONE), SHEFFIELD));
        approve(admin, listing("O'Brien's café 🙂", "Quote, accent and emoji; bring a C:\\ drive!",
                Set.of(HelpKind.VOLUNTEERING), Set.of(Audience.ANYONE), SHEFFIELD));

        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("100%", List.of("100% free course")),
                Map.entry("%", List.of("100% free course")),
                Map.entry("a_b", List.of("a_b club")),
                Map.entry("_", List.of("a_b club")),
                Map.entry("o'brien's", List.of("O'Brien's café 🙂")),
                Map.entry("CAFÉ", List.of("O'Brien's café 🙂")),
                Map.entry("🙂", List.of("O'Brien's café 🙂")),
                Map.entry("c:\\", List.of("O'Brien's café 🙂")),
                Map.entry("drive!", List.of("O'Brien's café 🙂")),
                Map.entry("!", List.of("O'Brien's café 🙂")),
                Map.entry("' OR '1'='1", List.of()),
                Map.entry("'; DROP TABLE provider_listing; --", List.of()),
                Map.entry("%' OR 1=1 --", List.of()),
                Map.entry("\"", List.of()),
                Map.entry("<script>alert(1)</script>", List.of()),
                Map.entry("\u0000", List.of()),
                Map.entry("!%", List.of()));
        expected.forEach((text, names) -> {
            DirectoryQuery query = new DirectoryQuery(tag + " " + text, null, null, null);
            assertThat(names(query)).as(text).containsExactlyElementsOf(names);
            assertThat(directory.count(query)).as(text).isEqualTo(names.size());
        });
        for (String text : List.of("' OR '1'='1", "%", "_", "\\", "🙂🙂", "x".repeat(5000), "a b c d e f g h i j",
                "\u0000", "'", "%%%%", "SELECT * FROM user_account")) {
            assertThatCode(() -> directory.search(new DirectoryQuery(text, null, null, null), 0, 20)).as(text)
                    .doesNotThrowAnyException();
            assertThatCode(() -> directory.count(new DirectoryQuery(text, text, null, null))).as(text)
                    .doesNotThrowAnyException();
            assertThat(directory.search(new DirectoryQuery(null, text, null, null), 0, 20)).as(text).isEmpty();
        }
        assertThat(directory.count(new DirectoryQuery(tag, null, null, null))).isEqualTo(5);
        assertThat(directory.search(new DirectoryQuery(tag, null, null, null), -5, 0)).hasSize(1);
    }

    private ListingRegistration listing(String name, String description, Set<HelpKind> kinds,
                                        Set<Audience> audiences, String... areas) {
        return new ListingRegistration(tag + " " + name, description, kinds, audiences, Set.of(areas),
                "https://example.org/" + tag, null, null, null, null, "Pat Provider", TestData.uniqueEmail("provider"));
    }

    private static ListingRegistration withWebsite(ListingRegistration f, String website) {
        return new ListingRegistration(f.name(), f.description(), f.kinds(), f.audiences(), f.areaCodes(), website,
                f.email(), f.phone(), f.address(), f.postcode(), f.contactName(), f.contactEmail());
    }

    private void approve(SignedInUser admin, ListingRegistration form) {
        directory.approve(admin, directory.register(form));
    }

    private List<String> names(DirectoryQuery query) {
        return mine(directory.search(query, 0, 50));
    }

    /** This test's listings, by their names without the tag, in the order given. */
    private List<String> mine(List<ProviderListing> listings) {
        return listings.stream().map(ProviderListing::name).filter(n -> n.startsWith(tag + " "))
                .map(n -> n.substring(tag.length() + 1)).toList();
    }
}
