package org.workingwin.portal.occupation;

/** An ONS SOC 2020 unit group (a four-digit code and its title), or an employer's own words (no code). */
public record Occupation(String code, String title) {

    /** How the occupation reads in a list: "6135 Care workers and home carers", or a typed title alone. */
    public String label() {
        return code == null ? title : code + " " + title;
    }
}
