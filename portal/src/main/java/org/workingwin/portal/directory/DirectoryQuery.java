package org.workingwin.portal.directory;

import io.micronaut.core.annotation.Nullable;

/**
 * What a visitor looks for; every part is optional. {@code text}: words that must each appear in the
 * name or description, in any case. {@code localAuthorityCode}: one of {@link ServiceArea#ALL}.
 * {@code audience}: listings for that group or for anyone.
 */
public record DirectoryQuery(@Nullable String text, @Nullable String localAuthorityCode, @Nullable HelpKind kind,
                             @Nullable Audience audience) {
}
