package org.workingwin.portal.jobposting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What search engines require of a JobPosting (Google Search Central, "Job posting structured data"):
 * the required properties title, description, datePosted, hiringOrganization and jobLocation (or, for a
 * fully remote job, jobLocationType TELECOMMUTE with applicantLocationRequirements), and the recommended
 * validThrough, employmentType and baseSalary in their documented shapes. Returns every problem found.
 */
final class JobPostingRequirements {

    static final Set<String> EMPLOYMENT_TYPES = Set.of("FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY",
            "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER");
    static final Set<String> SALARY_UNITS = Set.of("HOUR", "DAY", "WEEK", "MONTH", "YEAR");

    private JobPostingRequirements() {
    }

    static List<String> problems(Map<String, Object> posting, boolean payGiven) {
        List<String> problems = new ArrayList<>();
        require(problems, "JobPosting".equals(posting.get("@type")), "@type is JobPosting");
        require(problems, text(posting.get("title")), "title is text");
        require(problems, text(posting.get("description")) && ((String) posting.get("description")).startsWith("<p>"),
                "description is HTML text");
        require(problems, isoDate(posting.get("datePosted")), "datePosted is an ISO 8601 date");
        require(problems, isoDateTime(posting.get("validThrough")), "validThrough is an ISO 8601 date-time");
        Map<?, ?> organisation = map(posting.get("hiringOrganization"));
        require(problems, organisation != null && "Organization".equals(organisation.get("@type"))
                && text(organisation.get("name")), "hiringOrganization is an Organization with a name");
        if ("TELECOMMUTE".equals(posting.get("jobLocationType"))) {
            Map<?, ?> where = map(posting.get("applicantLocationRequirements"));
            require(problems, where != null && text(where.get("@type")) && text(where.get("name")),
                    "a remote job has applicantLocationRequirements with a type and name");
        } else {
            Map<?, ?> place = map(posting.get("jobLocation"));
            Map<?, ?> address = place == null ? null : map(place.get("address"));
            require(problems, place != null && "Place".equals(place.get("@type")) && address != null
                    && "PostalAddress".equals(address.get("@type")) && text(address.get("addressCountry"))
                    && (text(address.get("addressLocality")) || text(address.get("postalCode"))),
                    "jobLocation is a Place with a PostalAddress (country and locality or postcode)");
        }
        Object types = posting.get("employmentType");
        require(problems, types instanceof List<?> list && !list.isEmpty() && EMPLOYMENT_TYPES.containsAll(list),
                "employmentType lists Google's values");
        Map<?, ?> salary = map(posting.get("baseSalary"));
        if (payGiven || salary != null) {
            Map<?, ?> value = salary == null ? null : map(salary.get("value"));
            require(problems, salary != null && "MonetaryAmount".equals(salary.get("@type"))
                    && "GBP".equals(salary.get("currency")) && value != null
                    && "QuantitativeValue".equals(value.get("@type")) && SALARY_UNITS.contains(value.get("unitText"))
                    && (value.get("value") instanceof Number
                        || value.get("minValue") instanceof Number && value.get("maxValue") instanceof Number),
                    "baseSalary is a MonetaryAmount in GBP with a QuantitativeValue and a unit");
        }
        return problems;
    }

    private static void require(List<String> problems, boolean ok, String rule) {
        if (!ok) {
            problems.add(rule);
        }
    }

    private static boolean text(Object value) {
        return value instanceof String s && !s.isBlank();
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> m ? m : null;
    }

    private static boolean isoDate(Object value) {
        try {
            return value instanceof String s && LocalDate.parse(s) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isoDateTime(Object value) {
        try {
            return value instanceof String s && OffsetDateTime.parse(s) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
