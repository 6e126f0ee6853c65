package io.minato.hub.routes.support;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Secrets (SFTP passwords, key passphrases) by name. A partner profile names a secret; its value is
 * the configuration property {@code minato.secrets.<name>}, in production the environment variable
 * {@code MINATO_SECRETS_<NAME>} (dashes as underscores) or any other Spring property source. So the
 * database, the API and an exported profile hold only names, and rotating a password needs no
 * database edit. Chosen over encrypting in the database because encryption would need a master key
 * in the same configuration anyway, plus code to rotate it.
 */
@Component
public class Secrets {

    public static final String PREFIX = "minato.secrets.";

    private final Environment environment;

    Secrets(Environment environment) {
        this.environment = environment;
    }

    public boolean isDefined(String name) {
        return environment.containsProperty(PREFIX + name);
    }

    /**
     * The secret as a Camel property placeholder, for endpoint URIs: Camel resolves it only when it
     * creates the endpoint, so the value never sits in a route definition, a template parameter or
     * a header, and Camel masks it wherever it prints the resolved URI.
     */
    public static String placeholder(String name) {
        return "{{" + PREFIX + name + "}}";
    }
}
