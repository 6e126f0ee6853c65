package io.minato.hub.app.partner;

import io.minato.hub.app.support.Json;
import io.minato.hub.mappings.partner.SftpSettings;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.springframework.stereotype.Component;

/**
 * A partner's {@link SftpSettings} as its jsonb column. A Spring bean so it shares the
 * application's ObjectMapper; the MyBatis starter registers every TypeHandler bean.
 */
@Component
class SftpSettingsTypeHandler extends BaseTypeHandler<SftpSettings> {

    private final Json json;

    SftpSettingsTypeHandler(Json json) {
        this.json = json;
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, SftpSettings settings, JdbcType jdbcType)
            throws SQLException {
        // Types.OTHER lets PostgreSQL take the text as jsonb without a cast in every statement
        ps.setObject(i, json.write(settings), Types.OTHER);
    }

    @Override
    public SftpSettings getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return read(rs.getString(columnName));
    }

    @Override
    public SftpSettings getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return read(rs.getString(columnIndex));
    }

    @Override
    public SftpSettings getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return read(cs.getString(columnIndex));
    }

    private SftpSettings read(String value) {
        return value == null ? null : json.read(value, SftpSettings.class);
    }
}
