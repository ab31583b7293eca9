package org.workingwin.portal.account;

/** An email carrying a one-time link, sent once the transaction that made the link has committed. */
record LinkMail(String to, String subject, String text) {
}
