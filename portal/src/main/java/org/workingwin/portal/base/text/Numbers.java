package org.workingwin.portal.base.text;

/** Numbers as people write them: "16", not "16.0"; "22.5" as it is. */
public final class Numbers {

    private Numbers() {
    }

    public static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
