package io.minato.hub.app.permission;

import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** PostgreSQL {@code text[]} as a list of strings. */
public class TextArrayHandler extends BaseTypeHandler<List<String>> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, List<String> values, JdbcType jdbcType)
            throws SQLException {
        statement.setArray(index, statement.getConnection().createArrayOf("text", values.toArray()));
    }

    @Override
    public List<String> getNullableResult(ResultSet rs, String column) throws SQLException {
        return read(rs.getArray(column));
    }

    @Override
    public List<String> getNullableResult(ResultSet rs, int index) throws SQLException {
        return read(rs.getArray(index));
    }

    @Override
    public List<String> getNullableResult(CallableStatement cs, int index) throws SQLException {
        return read(cs.getArray(index));
    }

    private static List<String> read(Array array) throws SQLException {
        return array == null ? null : Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
    }
}
