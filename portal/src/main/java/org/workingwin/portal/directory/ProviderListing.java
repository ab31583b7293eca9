package org.workingwin.portal.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An organisation's entry in the support directory. Kinds of help, audiences and areas are stored as
 * comma-separated codes (read them through {@link #kinds()}, {@link #audiences()} and {@link #areas()}).
 * The submitter's name and email are for administrators only and never shown in the directory.
 */
@MappedEntity("provider_listing")
public record ProviderListing(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        String description,
        String helpKindCodes,
        String audienceCodes,
        String areaCodes,
        @Nullable String website,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String postcode,
        ListingStatus status,
        @Nullable String rejectionReason,
        String submitterName,
        String submitterEmail,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Long decidedBy,
        @Nullable Instant decidedAt,
        @Version @Nullable Long version) {

    public Set<HelpKind> kinds() {
        return parse(helpKindCodes, HelpKind.class);
    }

    public Set<Audience> audiences() {
        return parse(audienceCodes, Audience.class);
    }

    /** The local authority codes served, in the order of {@link ServiceArea#ALL}. */
    public List<String> areas() {
        List<String> codes = Arrays.asList(areaCodes.split(","));
        return ServiceArea.ALL.stream().map(ServiceArea::code).filter(codes::contains).toList();
    }

    ProviderListing decided(ListingStatus decision, @Nullable String reason, long adminId, Instant at) {
        return new ProviderListing(id, name, description, helpKindCodes, audienceCodes, areaCodes, website, email,
                phone, address, postcode, decision, reason, submitterName, submitterEmail, createdAt, at, adminId,
                at, version);
    }

    static String codes(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String stored, Class<E> type) {
        EnumSet<E> result = EnumSet.noneOf(type);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(code -> Enum.valueOf(type, code)).forEach(result::add);
        }
        return result;
    }
}
