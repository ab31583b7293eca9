package org.workingwin.portal.directory;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;

/**
 * What an organisation sends to be listed. The contact name and email are the person who sent it, for
 * an administrator's questions; they are never shown in the directory.
 */
public record ListingRegistration(@Nullable String name, @Nullable String description, @Nullable Set<HelpKind> kinds,
                                  @Nullable Set<Audience> audiences, @Nullable Set<String> areaCodes,
                                  @Nullable String website, @Nullable String email, @Nullable String phone,
                                  @Nullable String address, @Nullable String postcode, @Nullable String contactName,
                                  @Nullable String contactEmail) {
}
