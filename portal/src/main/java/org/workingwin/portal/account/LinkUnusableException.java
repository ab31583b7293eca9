package org.workingwin.portal.account;

/**
 * A one-time link that cannot be used, with what to tell the person and what they can do next. Pages
 * show it as a kind explanation, never as an error.
 */
public final class LinkUnusableException extends RuntimeException {

    /** Why the link does not work. */
    public enum Problem { UNKNOWN, EXPIRED, USED, REVOKED }

    private final Problem problem;
    private final LinkPurpose purpose;

    LinkUnusableException(Problem problem, LinkPurpose purpose) {
        super(problem + " " + purpose);
        this.problem = problem;
        this.purpose = purpose;
    }

    public Problem problem() {
        return problem;
    }

    public LinkPurpose purpose() {
        return purpose;
    }

    /** The heading: what happened, in plain words. */
    public String title() {
        return switch (problem) {
            case UNKNOWN -> "This link does not work";
            case EXPIRED -> "This link has expired";
            case USED -> purpose == LinkPurpose.EMAIL_VERIFICATION ? "Your email address is already confirmed"
                    : "This link has already been used";
            case REVOKED -> "This link is no longer valid";
        };
    }

    /** Why, and what to do next. */
    public String explanation() {
        String why = switch (problem) {
            case UNKNOWN -> "It may have been copied only in part. Check that you used the whole link from the email.";
            case EXPIRED -> "For your security, " + what() + " work for " + lifetime() + ".";
            case USED -> "Each link works only once.";
            case REVOKED -> "A newer link was sent, or the link was withdrawn.";
        };
        String next = switch (purpose) {
            case INVITATION -> problem == Problem.USED
                    ? "Your account is ready: sign in with your email address and the password you chose."
                    : "Ask the person who invited you (your specialist, or the Working Win team) to send a new invitation.";
            case EMAIL_VERIFICATION -> problem == Problem.USED
                    ? "You can sign in and send vacancies for checks."
                    : "Sign in and choose \"Send the link again\" on My vacancies; use the link in the newest email.";
            case PASSWORD_RESET -> problem == Problem.USED
                    ? "Sign in with your new password, or ask for another link if you need one."
                    : "Ask for a new link: it arrives within a few minutes.";
        };
        return why + " " + next;
    }

    /** Where the next step is: a route and its link text. */
    public String nextRoute() {
        return purpose == LinkPurpose.PASSWORD_RESET && problem != Problem.USED ? "forgot-password" : "sign-in";
    }

    public String nextLabel() {
        return purpose == LinkPurpose.PASSWORD_RESET && problem != Problem.USED ? "Ask for a new link" : "Sign in";
    }

    private String what() {
        return switch (purpose) {
            case INVITATION -> "invitations";
            case EMAIL_VERIFICATION -> "links to confirm an email address";
            case PASSWORD_RESET -> "links to reset a password";
        };
    }

    private String lifetime() {
        long hours = purpose.lifetime().toHours();
        return hours % 24 == 0 ? hours / 24 + " days" : hours == 1 ? "1 hour" : hours + " hours";
    }
}
