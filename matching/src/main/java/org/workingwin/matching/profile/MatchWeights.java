package org.workingwin.matching.profile;

/**
 * The weights of every part of a match's rank, in one place. It exists so that tuning the ranking
 * means editing one file, and so that both directions (vacancies for a participant, participants for
 * a vacancy) rank by the same parts with the same weights. Hard rules are not here: they are filters,
 * and no weight can let a vacancy that breaks one through.
 *
 * <p>The score of a match is the sum of: {@link #TEXT} × the BM25 relevance of the wanted roles and
 * skills (title terms and title synonyms boosted by {@link #TITLE_BOOST}); {@link #OCCUPATION} when
 * the SOC code is wanted; {@link #WOULD_HELP_NEED} for each "would help" need met; {@link #SECTOR},
 * {@link #CONTRACT} and {@link #PATTERN} for those preferences met; {@link #DISTANCE} ×
 * pivot / (pivot + distance) with a pivot of {@link #DISTANCE_PIVOT_KM} (remote work scores the
 * full {@link #DISTANCE}); and, for vacancies, {@link #RECENCY} × pivot / (pivot + age) with a
 * pivot of {@link #RECENCY_PIVOT_DAYS}. Ties go to the lower id.
 */
public final class MatchWeights {

    /** Multiplies the BM25 relevance of wanted roles and skills. */
    public static final float TEXT = 1f;

    /** How much more a term or synonym found in the title counts than one in the description. */
    public static final float TITLE_BOOST = 3f;

    /** Added when the vacancy's SOC 2020 unit group is one the participant wants. */
    public static final float OCCUPATION = 4f;

    /** Added for each "would help" need that an offered adjustment meets. */
    public static final float WOULD_HELP_NEED = 1.5f;

    /** Added when the employer's sector is one the participant wants. */
    public static final float SECTOR = 0.5f;

    /** Added when the contract type is one the participant wants. */
    public static final float CONTRACT = 0.5f;

    /** Added when every working pattern of the vacancy is one the participant can work. */
    public static final float PATTERN = 0.5f;

    /** Most a place can add, at 0 km or for remote work. */
    public static final float DISTANCE = 2f;

    /** The distance at which the distance part is half of {@link #DISTANCE}. */
    public static final double DISTANCE_PIVOT_KM = 10;

    /** Most recency can add, for a vacancy published at the end of the matching day. */
    public static final float RECENCY = 1f;

    /** The age at which the recency part is half of {@link #RECENCY}. */
    public static final long RECENCY_PIVOT_DAYS = 14;

    private MatchWeights() {}
}
