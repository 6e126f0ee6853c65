package io.minato.hub.app.party;

import io.minato.hub.mappings.party.BusinessType;
import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** Business types as PostgreSQL {@code text[]}. */
public class BusinessTypesHandler extends BaseTypeHandler<List<BusinessType>> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, List<BusinessType> types, JdbcType jdbcType)
            throws SQLException {
        String[] names = types.stream().map(Enum::name).toArray(String[]::new);
        statement.setArray(index, statement.getConnection().createArrayOf("text", names));
    }

    @Override
    public List<BusinessType> getNullableResult(ResultSet rs, String column) throws SQLException {
        return read(rs.getArray(column));
    }

    @Override
    public List<BusinessType> getNullableResult(ResultSet rs, int index) throws SQLException {
        return read(rs.getArray(index));
    }

    @Override
    public List<BusinessType> getNullableResult(CallableStatement cs, int index) throws SQLException {
        return read(cs.getArray(index));
    }

    private static List<BusinessType> read(Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        List<BusinessType> types = new ArrayList<>();
        for (Object name : (Object[]) array.getArray()) {
            types.add(BusinessType.valueOf((String) name));
        }
        return types;
    }
}
