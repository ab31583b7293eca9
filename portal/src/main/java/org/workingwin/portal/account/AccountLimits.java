package org.workingwin.portal.account;

/** One constant per limit, shared by columns, validation and fields. */
public final class AccountLimits {

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 100;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;

    private AccountLimits() {
    }
}
