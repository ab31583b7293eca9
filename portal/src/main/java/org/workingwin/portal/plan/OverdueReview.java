package org.workingwin.portal.plan;

import java.time.LocalDate;

/**
 * A participant whose review is overdue: due on {@code dueOn}, {@code daysOverdue} days ago;
 * {@code lastReview} is the date of their latest review meeting, or null when they have had none.
 */
public record OverdueReview(long participantId, String participantName, LocalDate dueOn, long daysOverdue,
                            LocalDate lastReview) {
}
