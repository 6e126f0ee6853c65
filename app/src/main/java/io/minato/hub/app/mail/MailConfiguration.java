package io.minato.hub.app.mail;

import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP sender, pointed at the local mailbox when the default profile runs one. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean(initMethod = "start", destroyMethod = "stop")
    @ConditionalOnProperty(name = "minato.mail.local-mailbox.enabled", havingValue = "true")
    LocalMailbox localMailbox(MailSettings settings) {
        return new LocalMailbox(settings.localMailbox());
    }

    @Bean
    JavaMailSenderImpl mailSender(MailSettings settings, ObjectProvider<LocalMailbox> localMailbox,
                                  Environment environment) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        Properties properties = new Properties();
        // a hanging relay must fail the request that mails, not hold it (and its database connection) forever
        properties.setProperty("mail.smtp.connectiontimeout", "10000");
        properties.setProperty("mail.smtp.timeout", "30000");
        properties.setProperty("mail.smtp.writetimeout", "30000");
        LocalMailbox local = localMailbox.getIfAvailable();
        if (local != null) {
            sender.setHost(local.host());
            sender.setPort(local.smtpPort());
        } else {
            sender.setHost(settings.host());
            sender.setPort(settings.port());
            if (settings.username() != null && !settings.username().isBlank()) {
                sender.setUsername(settings.username());
                sender.setPassword(secret(settings, environment));
                properties.setProperty("mail.smtp.auth", "true");
            }
            if (settings.starttls()) {
                properties.setProperty("mail.smtp.starttls.enable", "true");
                properties.setProperty("mail.smtp.starttls.required", "true");
            }
            log.info("mail leaves through SMTP {}:{}", settings.host(), settings.port());
        }
        sender.setJavaMailProperties(properties);
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    private static String secret(MailSettings settings, Environment environment) {
        String name = settings.passwordSecret();
        String password = name == null || name.isBlank() ? null : environment.getProperty("minato.secrets." + name);
        if (password == null) {
            throw new IllegalStateException("minato.mail.username is set but the secret minato.secrets."
                    + name + " (minato.mail.password-secret) is not");
        }
        return password;
    }
}
