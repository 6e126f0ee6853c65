package io.minato.hub.app.wire;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Writes a {@link SizedStream} with {@code setBinaryStream} and its length, which the PostgreSQL
 * driver sends as it reads, so archiving a 100 MB interchange does not first make a 100 MB array
 * (MyBatis' own handlers take byte arrays or Blobs). Write-only: rows are read back as arrays or
 * in slices ({@link ArchivedRawStream}).
 */
public class StreamedBytesTypeHandler extends BaseTypeHandler<SizedStream> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, SizedStream parameter, JdbcType jdbcType)
            throws SQLException {
        statement.setBinaryStream(index, parameter.stream(), parameter.size());
    }

    @Override
    public SizedStream getNullableResult(ResultSet resultSet, String columnName) {
        throw new UnsupportedOperationException("raw bytes are read as arrays or slices, not as streams");
    }

    @Override
    public SizedStream getNullableResult(ResultSet resultSet, int columnIndex) {
        throw new UnsupportedOperationException("raw bytes are read as arrays or slices, not as streams");
    }

    @Override
    public SizedStream getNullableResult(CallableStatement statement, int columnIndex) {
        throw new UnsupportedOperationException("raw bytes are read as arrays or slices, not as streams");
    }
}
