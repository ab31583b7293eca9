package org.workingwin.portal.account;

/** A Working Win specialist or administrator as others see them: name and work email. */
public record StaffMember(long id, String name, String email) {
}
