package org.workingwin.portal.account;

/** A token just created: the secret is shown once and never stored. */
public record NewApiToken(ApiToken token, String secret) {
}
