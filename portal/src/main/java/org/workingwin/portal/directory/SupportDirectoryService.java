package org.workingwin.portal.directory;

import static org.workingwin.portal.directory.DirectoryLimits.ADDRESS_MAX;
import static org.workingwin.portal.directory.DirectoryLimits.CONTACT_NAME_MAX;
import static org.workingwin.portal.directory.DirectoryLimits.DESCRIPTION_MAX;
import static org.workingwin.portal.directory.DirectoryLimits.EMAIL_MAX;
import static org.workingwin.portal.directory.DirectoryLimits.NAME_MAX;
import static org.workingwin.portal.directory.DirectoryLimits.PHONE_MAX;
import static org.workingwin.portal.directory.DirectoryLimits.REASON_MAX;
import static org.workingwin.portal.directory.DirectoryLimits.WEBSITE_MAX;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.workingwin.portal.base.security.NotAllowedException;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.base.validation.FieldErrors;
import org.workingwin.portal.base.validation.InvalidInputException;
import org.workingwin.portal.location.InvalidPostcodeException;
import org.workingwin.portal.location.PostcodeDirectory;

/**
 * The support directory: anyone finds approved listings and anyone may send one in; administrators
 * approve or reject what was sent. Nothing but an approved listing is ever returned to a visitor.
 */
@Singleton
public class SupportDirectoryService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEBSITE = Pattern.compile("(?i)https?://[^\\s/?#@]+\\.[^\\s/?#@]+([/?#]\\S*)?");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]+");

    private final ProviderListingRepository listings;
    private final ListingSearch finder;
    private final PostcodeDirectory postcodes;
    private final Clock clock;

    SupportDirectoryService(ProviderListingRepository listings, ListingSearch finder, PostcodeDirectory postcodes,
                            Clock clock) {
        this.listings = listings;
        this.finder = finder;
        this.postcodes = postcodes;
        this.clock = clock;
    }

    /** Approved listings matching the query, by name; an unknown area finds nothing. */
    @Transactional
    public List<ProviderListing> search(DirectoryQuery query, int offset, int limit) {
        if (unknownArea(query.localAuthorityCode())) {
            return List.of();
        }
        return finder.find(criteria(query), Math.max(0, offset), Math.clamp(limit, 1, DirectoryLimits.PAGE_MAX));
    }

    @Transactional
    public long count(DirectoryQuery query) {
        return unknownArea(query.localAuthorityCode()) ? 0 : finder.count(criteria(query));
    }

    /** Every approved listing serving this local authority (by its code), by name. */
    @Transactional
    public List<ProviderListing> approvedIn(String localAuthorityCode) {
        if (localAuthorityCode == null || unknownArea(localAuthorityCode)) {
            return List.of();
        }
        return finder.find(criteria(new DirectoryQuery(null, localAuthorityCode, null, null)), 0, Integer.MAX_VALUE);
    }

    /** Sends a listing for an administrator to check; anyone may, without signing in. Returns its id. */
    @Transactional
    public long register(ListingRegistration form) {
        Map<String, String> errors = new LinkedHashMap<>();
        FieldErrors.requireText(errors, "name", form.name(), NAME_MAX, "the organisation's name");
        if (blank(form.description())) {
            errors.put("description", "Describe the help you offer");
        } else {
            FieldErrors.checkLength(errors, "description", form.description(), DESCRIPTION_MAX, "the description");
        }
        if (form.kinds() == null || form.kinds().isEmpty()) {
            errors.put("kinds", "Choose at least one kind of help");
        }
        if (form.audiences() == null || form.audiences().isEmpty()) {
            errors.put("audiences", "Choose who the help is for, or Anyone");
        }
        if (form.areaCodes() == null || form.areaCodes().isEmpty()) {
            errors.put("areas", "Choose at least one area you serve");
        } else if (form.areaCodes().stream().anyMatch(SupportDirectoryService::unknownArea)) {
            errors.put("areas", "Choose areas from the list");
        }
        checkContact(form, errors);
        FieldErrors.checkLength(errors, "address", form.address(), ADDRESS_MAX, "the address");
        String postcode = null;
        if (!blank(form.postcode())) {
            try {
                postcode = postcodes.resolve(form.postcode()).postcode();
            } catch (InvalidPostcodeException e) {
                errors.put("postcode", e.getMessage());
            }
        }
        FieldErrors.requireText(errors, "contactName", form.contactName(), CONTACT_NAME_MAX, "your name");
        if (blank(form.contactEmail())) {
            errors.put("contactEmail", "Enter your email address");
        } else {
            checkEmail(errors, "contactEmail", form.contactEmail());
        }
        FieldErrors.throwIfAny(errors);

        Instant now = clock.instant();
        String areas = ServiceArea.ALL.stream().map(ServiceArea::code).filter(form.areaCodes()::contains)
                .collect(Collectors.joining(","));
        return listings.save(new ProviderListing(null, form.name().strip(), form.description().strip(),
                ProviderListing.codes(form.kinds()), ProviderListing.codes(form.audiences()), areas,
                blankToNull(form.website()), blankToNull(form.email()), blankToNull(form.phone()), blankToNull(form.address()), postcode,
                ListingStatus.PENDING, null, form.contactName().strip(), form.contactEmail().strip(), now, now, null,
                null, null)).id();
    }

    /** Listings waiting for a decision, oldest first. */
    @Transactional
    public List<ProviderListing> pending(SignedInUser actor, int offset, int limit) {
        NotAllowedException.requireRole(actor, Role.ADMIN);
        int size = Math.clamp(limit, 1, DirectoryLimits.PAGE_MAX);
        return listings.findByStatus(ListingStatus.PENDING, Pageable.from(Math.max(0, offset) / size, size,
                Sort.of(Sort.Order.asc("createdAt"), Sort.Order.asc("id"))));
    }

    /** The first page of listings waiting for a decision, oldest first. */
    @Transactional
    public List<ProviderListing> pending(SignedInUser actor) {
        return pending(actor, 0, DirectoryLimits.PAGE_MAX);
    }

    @Transactional
    public long countPending(SignedInUser actor) {
        NotAllowedException.requireRole(actor, Role.ADMIN);
        return listings.countByStatus(ListingStatus.PENDING);
    }

    /** Lists a waiting listing in the directory from now on. */
    @Transactional
    public void approve(SignedInUser actor, long id) {
        NotAllowedException.requireRole(actor, Role.ADMIN);
        listings.update(waiting(id).decided(ListingStatus.APPROVED, null, actor.id(), clock.instant()));
    }

    /** Keeps a waiting listing out of the directory, with the reason. */
    @Transactional
    public void reject(SignedInUser actor, long id, String reason) {
        NotAllowedException.requireRole(actor, Role.ADMIN);
        Map<String, String> errors = new LinkedHashMap<>();
        FieldErrors.requireText(errors, "reason", reason, REASON_MAX, "the reason");
        FieldErrors.throwIfAny(errors);
        listings.update(waiting(id).decided(ListingStatus.REJECTED, reason.strip(), actor.id(), clock.instant()));
    }

    private ProviderListing waiting(long id) {
        ProviderListing listing = listings.findById(id).orElseThrow(() -> new InvalidInputException(
                Map.of("listing", "This listing no longer exists")));
        if (listing.status() != ListingStatus.PENDING) {
            throw new InvalidInputException(Map.of("listing", "This listing was already "
                    + (listing.status() == ListingStatus.APPROVED ? "approved" : "rejected")));
        }
        return listing;
    }

    private static void checkContact(ListingRegistration form, Map<String, String> errors) {
        if (blank(form.website()) && blank(form.email()) && blank(form.phone())) {
            errors.put("website", "Give a website, email address or phone number, so people can get in touch");
            return;
        }
        FieldErrors.checkLength(errors, "website", form.website(), WEBSITE_MAX, "the website address");
        if (!errors.containsKey("website") && !blank(form.website())
                && !WEBSITE.matcher(form.website().strip()).matches()) {
            errors.put("website", "Enter the whole website address, starting with https:// or http://");
        }
        if (!blank(form.email())) {
            checkEmail(errors, "email", form.email());
        }
        FieldErrors.checkLength(errors, "phone", form.phone(), PHONE_MAX, "the phone number");
        if (!errors.containsKey("phone") && !blank(form.phone())) {
            long digits = form.phone().chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(form.phone().strip()).matches() || digits < 10 || digits > 15) {
                errors.put("phone", "Enter a phone number like 0114 496 0000 or +44 114 496 0000");
            }
        }
    }

    private static void checkEmail(Map<String, String> errors, String field, String email) {
        if (email.strip().length() > EMAIL_MAX || !EMAIL.matcher(email.strip()).matches()) {
            errors.put(field, "Enter an email address like name@example.org");
        }
    }

    private static ListingSearch.Criteria criteria(DirectoryQuery query) {
        return new ListingSearch.Criteria(ListingStatus.APPROVED, blankToNull(query.localAuthorityCode()),
                query.kind(), query.audience(), words(query.text()));
    }

    /** The first words of the text, lower-cased, each once. */
    static List<String> words(String text) {
        if (blank(text)) {
            return List.of();
        }
        String cut = text.strip();
        if (cut.length() > DirectoryLimits.KEYWORDS_MAX) {
            cut = cut.substring(0, DirectoryLimits.KEYWORDS_MAX);
        }
        return Arrays.stream(cut.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).distinct()
                .limit(DirectoryLimits.KEYWORDS_WORDS_MAX).toList();
    }

    private static boolean unknownArea(String code) {
        return !blank(code) && ServiceArea.byCode(code.strip()).isEmpty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}

