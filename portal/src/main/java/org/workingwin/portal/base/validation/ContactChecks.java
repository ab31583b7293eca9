package org.workingwin.portal.base.validation;

import java.util.Map;
import java.util.regex.Pattern;

/** Checks of email addresses and UK-style phone numbers, with the messages people see. */
public final class ContactChecks {

    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]+");

    private ContactChecks() {
    }

    /** An optional email address: when given, it must look like one. */
    public static void email(Map<String, String> errors, String field, String value) {
        FieldErrors.checkLength(errors, field, value, EMAIL_MAX, "the email address");
        if (!errors.containsKey(field) && value != null && !value.isBlank()
                && !EMAIL.matcher(value.strip()).matches()) {
            errors.put(field, "Enter an email address like name@example.org");
        }
    }

    /** An optional phone number: when given, 10 to 15 digits with spaces, brackets, dashes or a leading +. */
    public static void phone(Map<String, String> errors, String field, String value) {
        FieldErrors.checkLength(errors, field, value, PHONE_MAX, "the phone number");
        if (!errors.containsKey(field) && value != null && !value.isBlank()) {
            long digits = value.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(value.strip()).matches() || digits < 10 || digits > 15) {
                errors.put(field, "Enter a phone number like 0114 496 0000 or +44 114 496 0000");
            }
        }
    }
}
