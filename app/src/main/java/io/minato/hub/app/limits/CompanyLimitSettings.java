package io.minato.hub.app.limits;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code minato.limits.users} and {@code minato.limits.transfer}: how many user IDs a company may hold and
 * how much it may upload and download per day (Japan time); 0 = no limit. Per company by code.
 */
@ConfigurationProperties("minato.limits")
record CompanyLimitSettings(Users users, Transfer transfer) {

    CompanyLimitSettings {
        users = users == null ? new Users(0, Map.of()) : users;
        transfer = transfer == null ? new Transfer(DataSize.ofBytes(0), Map.of()) : transfer;
    }

    /** @param perCompany user IDs (not disabled) a company may hold */
    record Users(@DefaultValue("0") int perCompany, Map<String, Integer> companies) {

        Users {
            companies = companies == null ? Map.of() : Map.copyOf(companies);
        }

        int limit(String company) {
            return companies.getOrDefault(company, perCompany);
        }
    }

    /** @param perDay bytes uploaded and downloaded together per day */
    record Transfer(@DefaultValue("0B") DataSize perDay, Map<String, DataSize> companies) {

        Transfer {
            companies = companies == null ? Map.of() : Map.copyOf(companies);
        }

        long limit(String company) {
            return companies.getOrDefault(company, perDay).toBytes();
        }
    }
}
