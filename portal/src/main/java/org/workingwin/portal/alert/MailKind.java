package org.workingwin.portal.alert;

/** The emails a participant can turn off, each with its own unsubscribe link. */
public enum MailKind {
    /** A specialist shared a job with them. */
    SHARE,
    /** The daily email of new jobs for their saved searches. */
    DIGEST
}
