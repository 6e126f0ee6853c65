package io.minato.hub.app.attachment;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.embedded.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits, derived from the attachment limit so the two cannot drift
 * apart; this bean takes the place of Spring Boot's {@code spring.servlet.multipart.*} one. Attachments
 * are the hub's only large uploads.
 */
@Configuration(proxyBeanMethods = false)
class MultipartLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(AttachmentSettings settings) {
        long file = settings.maxFileSize().toBytes() + settings.multipartHeadroom().toBytes();
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(file));
        // the file plus the other parts and the multipart framing
        factory.setMaxRequestSize(DataSize.ofBytes(file + settings.multipartHeadroom().toBytes()));
        return factory.createMultipartConfig();
    }

    /**
     * Tomcat stops reading an upload it refuses for its size and, by default, closes the connection with
     * the rest unread, so the client often sees a reset instead of the 413. Swallowing the rest (up to
     * Tomcat's max-swallow-size, 2 MB by default) lets the problem detail reach it.
     */
    @Bean
    TomcatContextCustomizer swallowRefusedUploads() {
        return context -> context.setSwallowAbortedUploads(true);
    }
}
