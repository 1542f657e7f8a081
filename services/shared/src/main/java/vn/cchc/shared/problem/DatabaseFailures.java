package vn.cchc.shared.problem;

import java.sql.SQLException;

/**
 * Sorts a failure that came from the database: the database cannot be reached (restart, outage, pool exhausted,
 * statement cancelled) → the request may be retried (503); a value the database refuses to store (SQLState class
 * 22: numeric out of range, string too long, invalid byte sequence, datetime overflow) → bad input (400).
 */
public final class DatabaseFailures {

    public enum Kind {
        UNAVAILABLE,
        DATA_OUT_OF_RANGE,
        OTHER
    }

    private DatabaseFailures() {}

    public static Kind classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return Kind.UNAVAILABLE;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null) {
                    if (state.startsWith("08")
                            || state.startsWith("57P")
                            || state.equals("57014")
                            || state.equals("53300")
                            || state.equals("53400")) {
                        return Kind.UNAVAILABLE;
                    }
                    if (state.startsWith("22")) {
                        return Kind.DATA_OUT_OF_RANGE;
                    }
                }
                String message = String.valueOf(sql.getMessage());
                if (message.contains("acquisition timeout") || message.contains("Acquisition timeout")) {
                    return Kind.UNAVAILABLE;
                }
            }
        }
        return Kind.OTHER;
    }

    /** The innermost message, for an operator's log line (never returned to the client). */
    public static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
