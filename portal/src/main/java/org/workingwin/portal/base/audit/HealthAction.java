package org.workingwin.portal.base.audit;

/**
 * What happened to a participant's health data: read by staff, changed, shown to an employer, exported
 * (a subject access copy) or erased (the whole record deleted).
 */
public enum HealthAction {
    READ, CHANGE, DISCLOSE, EXPORT, ERASE
}
