package org.workingwin.portal.base.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that cannot be saved, with one message per field, so a form can show each next to its field
 * and the API can return them; nothing the user typed is discarded.
 */
public final class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Check the highlighted fields: " + String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
