package org.workingwin.portal.base.audit;

/** What happened to a participant's health data: read by staff, changed, or shown to an employer. */
public enum HealthAction {
    READ, CHANGE, DISCLOSE
}
