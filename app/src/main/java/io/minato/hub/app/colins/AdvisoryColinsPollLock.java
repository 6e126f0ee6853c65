package io.minato.hub.app.colins;

import io.minato.hub.mappings.colins.ColinsPollLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * The Colins poll lock as a PostgreSQL session advisory lock, as {@code UnusedAccountSuspension} does:
 * every hub instance shares the database, so one connection holding the lock keeps every other
 * instance's poll out; it is held on its own connection for the poll and let go before that goes back
 * to the pool, and PostgreSQL lets go of it if the instance dies mid-poll.
 */
@Component
class AdvisoryColinsPollLock implements ColinsPollLock {

    /** The advisory lock id of the Colins poll ("MINACOL1"), the same in every instance. */
    static final long LOCK_ID = 0x4d494e41434f4c31L;

    private final DataSource dataSource;

    AdvisoryColinsPollLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
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
            throw new DataAccessResourceFailureException("Colins poll: the advisory lock failed", e);
        }
    }

    private static void release(Connection holder) {
        try (holder) {
            advisory(holder, "select pg_advisory_unlock(?)");
        } catch (SQLException e) {
            // closing the session releases the lock anyway; the failure is still the caller's to see
            throw new DataAccessResourceFailureException("Colins poll: releasing the advisory lock failed", e);
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

    private static boolean advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK_ID);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
