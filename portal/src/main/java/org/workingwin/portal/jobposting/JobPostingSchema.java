package org.workingwin.portal.jobposting;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.workingwin.matching.taxonomy.Adjustment;
import org.workingwin.matching.taxonomy.Taxonomy;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.vacancy.DescriptionBlocks;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.Vacancy;
import org.workingwin.portal.vacancy.VacancyAdjustment;
import org.workingwin.portal.vacancy.VacancyDetails;

/**
 * A published vacancy as a schema.org JobPosting, with the properties search engines ask for (Google's
 * job-posting structured data): title, description (HTML), datePosted, validThrough, hiringOrganization,
 * jobLocation (or applicantLocationRequirements with jobLocationType TELECOMMUTE for remote work),
 * employmentType and, when the employer gave pay, baseSalary.
 */
final class JobPostingSchema {

    /** The ONS counts more than 30 hours a week as full-time. */
    static final double FULL_TIME_ABOVE_HOURS = 30;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Taxonomy taxonomy;
    private final String publicUrl;

    JobPostingSchema(Taxonomy taxonomy, String publicUrl) {
        this.taxonomy = taxonomy;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** The JobPosting with its {@code @context}, for a page of its own. */
    Map<String, Object> document(VacancyDetails details) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org/");
        json.putAll(posting(details));
        return json;
    }

    /** The JobPosting without a context, for a list that carries one. */
    Map<String, Object> posting(VacancyDetails details) {
        Vacancy v = details.vacancy();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@type", "JobPosting");
        json.put("title", v.title());
        json.put("description", descriptionHtml(details));
        json.put("identifier", ordered("@type", "PropertyValue", "name", "Working Win", "value", String.valueOf(v.id())));
        json.put("url", publicUrl + "vacancy/" + v.id());
        json.put("datePosted", v.publishedAt().atZone(UK).toLocalDate().toString());
        json.put("validThrough", v.closingDate().atTime(LocalTime.of(23, 59, 59)).atZone(UK).toOffsetDateTime().toString());
        json.put("employmentType", employmentTypes(v));
        json.put("hiringOrganization", ordered("@type", "Organization", "name", details.organisationName()));
        if (v.workMode() == WorkMode.REMOTE) {
            json.put("jobLocationType", "TELECOMMUTE");
            json.put("applicantLocationRequirements", ordered("@type", "Country", "name", "United Kingdom"));
        } else {
            json.put("jobLocation", place(v));
        }
        if (v.payMin() != null && v.payPeriod() != null) {
            json.put("baseSalary", salary(v.payMin(), v.payMax(), v.payPeriod()));
        }
        json.put("occupationalCategory", v.occupationCode() == null ? v.occupationTitle()
                : v.occupationCode() + " " + v.occupationTitle());
        json.put("totalJobOpenings", v.positions());
        json.put("directApply", false);
        return json;
    }

    private static Map<String, Object> place(Vacancy v) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("postalCode", v.postcodeDistrict());
        address.put("addressLocality", v.localAuthority());
        address.put("addressCountry", "GB");
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("address", address);
        place.put("geo", ordered("@type", "GeoCoordinates", "latitude", v.latitude(), "longitude", v.longitude()));
        return place;
    }

    private static Map<String, Object> salary(BigDecimal min, BigDecimal max, PayPeriod period) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("@type", "QuantitativeValue");
        if (max == null || max.compareTo(min) == 0) {
            value.put("value", min);
        } else {
            value.put("minValue", min);
            value.put("maxValue", max);
        }
        value.put("unitText", period.name());
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("@type", "MonetaryAmount");
        amount.put("currency", "GBP");
        amount.put("value", value);
        return amount;
    }

    /** A map in the order given: JSON-LD is read by people too, and tests compare exact text. */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static List<String> employmentTypes(Vacancy v) {
        List<String> types = new ArrayList<>();
        if (v.hoursMax() > FULL_TIME_ABOVE_HOURS) {
            types.add("FULL_TIME");
        }
        if (v.hoursMin() <= FULL_TIME_ABOVE_HOURS) {
            types.add("PART_TIME");
        }
        switch (v.contractType()) {
            case FIXED_TERM, TEMPORARY -> types.add("TEMPORARY");
            case APPRENTICESHIP -> types.add("OTHER");
            case PERMANENT -> { }
        }
        return types;
    }

    private String descriptionHtml(VacancyDetails details) {
        StringBuilder html = new StringBuilder();
        for (DescriptionBlocks.Block block : DescriptionBlocks.of(details.vacancy().description())) {
            switch (block) {
                case DescriptionBlocks.Text t -> html.append("<p>").append(escape(t.text())).append("</p>");
                case DescriptionBlocks.Bullets b -> {
                    html.append("<ul>");
                    b.items().forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
                    html.append("</ul>");
                }
            }
        }
        if (!details.adjustments().isEmpty()) {
            html.append("<p>Workplace adjustments offered:</p><ul>");
            for (VacancyAdjustment offered : details.adjustments()) {
                String label = taxonomy.adjustment(offered.code()).map(Adjustment::label).orElse(offered.code());
                html.append("<li>").append(escape(label)).append("</li>");
            }
            html.append("</ul>");
        }
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
