package org.workingwin.portal.search;

import io.micronaut.core.annotation.Nullable;

/** A visitor's search as typed: words, a postcode to measure from, a radius in km, and the page. */
public record PublicSearch(@Nullable String keywords, @Nullable String postcode, @Nullable Double radiusKm,
                           int page, int pageSize) {
}
