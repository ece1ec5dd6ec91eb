package vn.govportal.database;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a database that cannot be reached (stopped, restarting, a dropped connection, a pool
 * that cannot hand out a connection) from a fault in the request itself. The first is an outage
 * to ride out: visitors get the maintenance page, staff keep what they typed. The second is a
 * bug or bad input, answered as such.
 */
public final class DatabaseFailures {

    /** Exceptions of the connection pool and its transaction glue, named so the portal does not depend on Payara's classes. */
    private static final Set<String> POOL_FAILURES = Set.of(
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException",
            "jakarta.resource.spi.LocalTransactionException",
            "jakarta.resource.ResourceException");

    /** H2's codes for a connection or database that went away (ErrorCode.CONNECTION_BROKEN_1, DATABASE_IS_CLOSED, …). */
    private static final Set<String> H2_CONNECTION_STATES = Set.of("90067", "90098", "90121", "90135");

    private DatabaseFailures() {
    }

    /** Whether {@code failure}, or anything it was caused by, says the database could not be reached or used at all. */
    public static boolean isUnreachable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            if (t instanceof ConnectException || t instanceof SocketException || t instanceof SocketTimeoutException
                    || t instanceof EOFException) {
                return true;
            }
            if (POOL_FAILURES.contains(t.getClass().getName())) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("connection has been closed") || message.contains("error in allocating a connection")
                    || message.contains("connection is closed") || message.contains("connection refused")) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) everywhere; PostgreSQL's 57P01–57P03 (the server is
     * shutting down, crashed or not yet accepting connections); 53xxx (out of connections or
     * memory); and H2's own codes for a closed database.
     */
    static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")
                || H2_CONNECTION_STATES.contains(state));
    }
}
