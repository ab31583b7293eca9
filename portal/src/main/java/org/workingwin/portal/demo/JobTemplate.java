package org.workingwin.portal.demo;

import java.util.List;
import org.workingwin.matching.vacancy.WorkMode;
import org.workingwin.portal.vacancy.ContractType;
import org.workingwin.portal.vacancy.PayPeriod;
import org.workingwin.portal.vacancy.WorkPattern;

/** A kind of job the demo data posts, with realistic terms, demands and adjustments. */
record JobTemplate(String title, String socCode, String occupationTitle, String sector, String summary,
                   List<String> duties, WorkMode workMode, double hoursMin, double hoursMax,
                   List<WorkPattern> patterns, ContractType contract, double payMin, double payMax,
                   PayPeriod period, List<String> demands, List<String> adjustments) {
}
