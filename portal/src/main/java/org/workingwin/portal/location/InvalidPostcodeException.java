package org.workingwin.portal.location;

/** A postcode that is malformed or not in our data; the message is written for the person who typed it. */
public final class InvalidPostcodeException extends Exception {

    public InvalidPostcodeException(String message) {
        super(message);
    }
}
