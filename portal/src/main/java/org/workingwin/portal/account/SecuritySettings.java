package org.workingwin.portal.account;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * portal.security: whether staff must use two-factor sign-in (WW_TWO_FACTOR_REQUIRED, default true), and the
 * address of a reverse proxy whose X-Forwarded-For is believed (WW_TRUSTED_PROXY, default none: the
 * connection's own address counts, so nobody can pick their address by sending a header).
 */
@ConfigurationProperties("portal.security")
public class SecuritySettings {

    private boolean twoFactorRequired = true;
    private String trustedProxy = "";

    public boolean isTwoFactorRequired() {
        return twoFactorRequired;
    }

    public void setTwoFactorRequired(boolean twoFactorRequired) {
        this.twoFactorRequired = twoFactorRequired;
    }

    public String getTrustedProxy() {
        return trustedProxy;
    }

    public void setTrustedProxy(String trustedProxy) {
        this.trustedProxy = trustedProxy == null ? "" : trustedProxy.strip();
    }

    /**
     * The client's address: the connection's, or, when the connection comes from the trusted proxy, the last
     * address that proxy added to X-Forwarded-For (earlier entries come from the client and prove nothing).
     */
    public String clientAddress(String remoteAddress, String forwardedFor) {
        if (trustedProxy.isEmpty() || !trustedProxy.equals(remoteAddress) || forwardedFor == null
                || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? remoteAddress : last;
    }
}
