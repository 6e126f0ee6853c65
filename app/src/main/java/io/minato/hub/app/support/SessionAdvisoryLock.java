package io.minato.hub.app.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A PostgreSQL session advisory lock that makes a job a singleton across hub instances: every instance
 * shares the database, so one connection holding the lock keeps every other instance's run out. It is
 * held on its own connection for the run and let go before that goes back to the pool; PostgreSQL lets
 * go of it if the instance dies mid-run.
 */
public final class SessionAdvisoryLock {

    /** A held lock; {@link #release()} lets go of it and closes its connection. */
    @FunctionalInterface
    public interface Held {
        void release();
    }

    private final DataSource dataSource;
    private final long lockId;
    private final String job;

    /**
     * @param lockId the lock's id, the same in every instance
     * @param job    what the lock keeps single, for error messages (e.g. "Colins poll")
     */
    public SessionAdvisoryLock(DataSource dataSource, long lockId, String job) {
        this.dataSource = dataSource;
        this.lockId = lockId;
        this.job = job;
    }

    /** The lock if no other instance (or thread) holds it. */
    public Optional<Held> tryAcquire() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!advisory(connection, "select pg_try_advisory_lock(?)")) {
                connection.close();
                return Optional.empty();
            }
            Connection holder = connection;
            return Optional.of(() -> release(holder));
        } catch (SQLException e) {
            closeAfterFailure(connection, e);
            throw new DataAccessResourceFailureException(job + ": the advisory lock failed", e);
        }
    }

    private void release(Connection holder) {
        try (holder) {
            advisory(holder, "select pg_advisory_unlock(?)");
        } catch (SQLException e) {
            // closing the session releases the lock anyway; the failure is still the caller's to see
            throw new DataAccessResourceFailureException(job + ": releasing the advisory lock failed", e);
        }
    }

    private static void closeAfterFailure(Connection connection, SQLException failure) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private boolean advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, lockId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
