package org.workingwin.portal.base.server;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, the network down) rather
 * than a fault in the portal, and what people are told then. Nothing was saved: each change runs in a
 * transaction that did not commit, and the page keeps what was typed.
 */
public final class DatabaseUnavailable {

    /** Shown on a page when an action could not reach the database. */
    public static final String PAGE_MESSAGE = "The portal cannot reach its database just now, so this was not done "
            + "and nothing was saved. Nothing you typed has been lost: try again in a minute.";
    /** The API's 503 message. */
    public static final String API_MESSAGE = "The service cannot reach its database just now. Nothing was changed: "
            + "try again in a minute.";

    private DatabaseUnavailable() {
    }

    /**
     * True when the failure, or anything that caused it, is a lost or refused connection: SQL state class
     * 08 (connection exception), a pool that timed out waiting for one, or the frameworks' own "could not
     * get a connection" exceptions, which do not always keep the SQL exception as their cause.
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String type = t.getClass().getName();
            if (type.equals("io.micronaut.data.connection.exceptions.ConnectionException")
                    || type.equals("io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException")
                    || type.equals("io.micronaut.transaction.exceptions.CannotCreateTransactionException")
                    || type.startsWith("com.mysql.cj.exceptions.CJCommunications")) {
                return true;
            }
        }
        return false;
    }
}
