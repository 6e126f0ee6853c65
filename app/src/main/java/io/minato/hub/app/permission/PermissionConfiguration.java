package io.minato.hub.app.permission;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.permission.AccessPolicy;
import io.minato.hub.mappings.permission.PermissionMatrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the permission matrix at start-up, so that a broken {@code permissions/matrix.yml} stops the hub
 * with file, line and problem instead of denying or allowing the wrong thing on the first request.
 * {@code minato.permissions.matrix} points elsewhere (a file path or {@code classpath:…}).
 */
@Configuration(proxyBeanMethods = false)
class PermissionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PermissionConfiguration.class);

    @Bean
    PermissionMatrix permissionMatrix(
            @Value("${minato.permissions.matrix:" + PermissionMatrix.DEFAULT_LOCATION + "}") String location) {
        PermissionMatrix matrix = PermissionMatrix.load(location);
        log.info("permissions: {} document types × {} business types from {}", DocumentType.values().length,
                BusinessType.values().length, matrix.file());
        return matrix;
    }

    /** The one decision point for document access; the API, portal and connectors ask it. */
    @Bean
    AccessPolicy accessPolicy(PermissionMatrix matrix) {
        return new AccessPolicy(matrix);
    }
}
