package org.workingwin.portal.directory;

/** One constant per limit, shared by the columns (V6), the validation, the fields and the tests. */
public final class DirectoryLimits {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int WEBSITE_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;
    public static final int ADDRESS_MAX = 200;
    public static final int CONTACT_NAME_MAX = 100;
    public static final int REASON_MAX = 500;
    /** Longest keyword text searched; anything after it is ignored. */
    public static final int KEYWORDS_MAX = 100;
    /** Words of the keyword text that must each appear; further words are ignored. */
    public static final int KEYWORDS_WORDS_MAX = 6;
    public static final int PAGE_SIZE = 20;
    /** Most listings one call returns. */
    public static final int PAGE_MAX = 100;

    private DirectoryLimits() {
    }
}
