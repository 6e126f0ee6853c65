package io.minato.hub.app.portal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The portal's web layer: a session-based login form with CSRF protection for every page outside
 * {@code /api/**} (the API's stateless chain comes first), and Japanese for everyone unless they
 * switch with {@code ?lang=en} (kept in a cookie). The browser's Accept-Language is ignored on
 * purpose: the users are Japanese port companies whose machines are often set to English.
 */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration implements WebMvcConfigurer {

    static final Locale DEFAULT_LOCALE = Locale.JAPANESE;
    static final String LANGUAGE_PARAMETER = "lang";

    @Bean
    @Order(20)
    SecurityFilterChain portal(HttpSecurity http, LoginFailures failures) throws Exception {
        return http
                .securityMatcher(new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/password/first", "/invitation/**", "/css/**", "/js/**",
                                "/favicon.ico", "/error").permitAll()
                        // a system vendor's people have API access only (利用規約: システムベンダーは API のみ)
                        .anyRequest().access(AuthorizationManagers.allOf(
                                AuthenticatedAuthorizationManager.authenticated(),
                                AuthorizationManagers.not(AuthorityAuthorizationManager.hasAuthority("API_ONLY")))))
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/deals")
                        .failureHandler(failures))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none';"
                                + " form-action 'self'")))
                .build();
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("minato-lang");
        resolver.setDefaultLocale(DEFAULT_LOCALE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** messages_ja / messages_en; any other language gets Japanese, never the server's own locale. */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setDefaultLocale(DEFAULT_LOCALE);
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(LANGUAGE_PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
