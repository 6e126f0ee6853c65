package io.minato.hub.app.tradewaltz;

import io.minato.hub.mappings.tradewaltz.TradeWaltzPollLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * The TradeWaltz poll lock as a PostgreSQL session advisory lock, as the Colins one: held on its own
 * connection for the poll and let go before that goes back to the pool; PostgreSQL lets go of it if the
 * instance dies mid-poll.
 */
@Component
class AdvisoryTradeWaltzPollLock implements TradeWaltzPollLock {

    /** The advisory lock id of the TradeWaltz poll ("MINATWZ1"), the same in every instance. */
    static final long LOCK_ID = 0x4d494e4154575a31L;

    private final DataSource dataSource;

    AdvisoryTradeWaltzPollLock(DataSource dataSource) {
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
            throw new DataAccessResourceFailureException("TradeWaltz poll: the advisory lock failed", e);
        }
    }

    private static void release(Connection holder) {
        try (holder) {
            advisory(holder, "select pg_advisory_unlock(?)");
        } catch (SQLException e) {
            // closing the session releases the lock anyway; the failure is still the caller's to see
            throw new DataAccessResourceFailureException("TradeWaltz poll: releasing the advisory lock failed", e);
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
