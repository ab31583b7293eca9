package org.workingwin.portal.account;

/**
 * A new secret not yet confirmed: shown as a QR code (a PNG data URI) and as text to type, kept only by the
 * page until the person confirms it with a current code.
 */
public record TwoFactorSetup(String secret, String qrCodeDataUri) {

    /** The secret in groups of four, easier to type into an app. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
