package org.workingwin.portal.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One failed sign-in: a wrong password, or a wrong code at the second step. */
@MappedEntity("sign_in_failure")
record SignInFailure(@Id @GeneratedValue @Nullable Long id, String email, String address, Instant failedAt) {
}
