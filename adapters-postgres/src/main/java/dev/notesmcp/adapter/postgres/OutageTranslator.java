package dev.notesmcp.adapter.postgres;

import dev.notesmcp.application.port.out.StoreUnavailableException;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Turns "the database is not there" into the application's {@link StoreUnavailableException}, so
 * callers answer 503 and retry later: no connection from the pool in time, connection failures
 * (SQLSTATE class 08), the server shutting down (57P01–57P03) or refusing connections (53300).
 * Every other SQL error stays what it is: a bug, not an outage.
 */
final class OutageTranslator implements ExecuteListener {

    @Override
    public void exception(ExecuteContext context) {
        if (isOutage(context.sqlException()) || isOutage(context.exception())) {
            context.exception(new StoreUnavailableException("the database", context.exception()));
        }
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300")) {
                    return true;
                }
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return false;
    }
}
