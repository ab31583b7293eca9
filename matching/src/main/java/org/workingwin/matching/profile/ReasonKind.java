package org.workingwin.matching.profile;

/**
 * What a match reason is about. It exists so that the portal can group, order, or draw an icon for
 * reasons without reading their sentences, and so that tests can find a reason by its kind.
 */
public enum ReasonKind {
    /** A wanted role found in the vacancy's title, directly or by a synonym. */
    ROLE,
    /** A participant's skill mentioned in the vacancy's title or description. */
    SKILL,
    /** The vacancy's SOC occupation code is one the participant wants. */
    OCCUPATION,
    /** The employer's sector is one the participant wants. */
    SECTOR,
    /** How far the work is from the participant's home, or that it is remote. */
    DISTANCE,
    /** How the weekly hours fit. */
    HOURS,
    /** How the pay compares with the participant's minimum. */
    PAY,
    /** Whether the contract type is one the participant wants. */
    CONTRACT,
    /** Whether the working pattern (days, evenings, nights, weekends) suits the participant. */
    PATTERN,
    /** A functional need that an offered adjustment meets. */
    NEED_MET,
    /** A "would help" need that no offered adjustment meets. */
    NEED_NOT_MET,
    /** A job demand that would clash with a need, made acceptable by an offered adjustment. */
    DEMAND_MITIGATED
}
