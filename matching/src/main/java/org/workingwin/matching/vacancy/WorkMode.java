package org.workingwin.matching.vacancy;

/**
 * Where the work is done. It exists as a closed set because the matching rules treat each value
 * differently (a remote job is not limited by travel distance when matching a participant), so an
 * unexpected value must fail at compile time rather than be silently ignored.
 */
public enum WorkMode {
    ON_SITE,
    HYBRID,
    REMOTE
}
