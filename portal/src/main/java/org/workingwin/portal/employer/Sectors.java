package org.workingwin.portal.employer;

import java.util.List;

/** The sectors an organisation can choose from: broad enough for the region's employers. */
public final class Sectors {

    public static final List<String> ALL = List.of(
            "Health and social care", "Retail", "Hospitality and food", "Manufacturing",
            "Logistics and warehousing", "Transport", "Construction", "Education", "Public sector",
            "Office and business services", "Digital and technology", "Cleaning and facilities",
            "Charity and voluntary", "Creative and leisure", "Other");

    private Sectors() {
    }
}
