package org.workingwin.matching.profile;

/**
 * How much a participant's functional need matters when matching. It exists because the engine
 * treats the two levels differently: a vacancy that meets no "must have" need is never suggested,
 * while a "would help" need only raises the rank of vacancies that meet it and is named as missing
 * in the reasons of those that do not.
 */
public enum NeedLevel {
    /** The vacancy must offer an adjustment that meets this need, or it is not suggested. */
    MUST_HAVE,
    /** Meeting this need ranks a vacancy higher; not meeting it is said in the reasons. */
    WOULD_HELP
}
