package org.workingwin.portal.base.validation;

import java.util.Map;

/** Small helpers for building field-keyed error messages written for the person typing. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void requireText(Map<String, String> errors, String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            errors.put(field, "Enter " + what);
        } else {
            checkLength(errors, field, value, max, what);
        }
    }

    public static void checkLength(Map<String, String> errors, String field, String value, int max, String what) {
        if (value != null && value.strip().length() > max) {
            errors.put(field, capitalise(what) + " must be " + max + " characters or fewer (it is "
                    + value.strip().length() + ")");
        }
    }

    public static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
