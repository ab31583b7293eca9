package org.workingwin.portal.base.index;

/** One entry of an outbox change log: its position in the log and the id of the record that changed. */
public record OutboxChange(long position, long id) {
}
