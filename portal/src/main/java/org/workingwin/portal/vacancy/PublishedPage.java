package org.workingwin.portal.vacancy;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Open published vacancies in id order, and the id to continue after ({@code null} at the end). A page
 * can hold fewer than asked for, or none, when vacancies in its id range have closed.
 */
public record PublishedPage(List<VacancyDetails> vacancies, @Nullable Long continueAfter) {

    public static final int MAX_SIZE = 100;
}
