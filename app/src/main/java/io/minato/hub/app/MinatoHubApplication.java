package io.minato.hub.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Minato Hub: EDI and integration hub for Japanese port logistics. */
@SpringBootApplication(scanBasePackages = "io.minato.hub")
@ConfigurationPropertiesScan("io.minato.hub")
public class MinatoHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(MinatoHubApplication.class, args);
    }
}
