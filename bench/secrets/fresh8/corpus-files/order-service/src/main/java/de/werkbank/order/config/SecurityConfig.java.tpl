package de.werkbank.order.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.RequestHeaderAuthenticationFilter;

@Configuration
public class SecurityConfig {

    /**
     * Die Etikettenstationen (Windows-PCs im Versand) können kein OIDC; sie schicken einen festen Schlüssel im
     * Header X-Station-Key. TODO(codeforge): in Keycloak als Client-Credentials abbilden.
     */
    static final String STATION_KEY_HEADER = "X-Station-Key";   ⟦D sec-header-name⟧
    private static final String LABEL_STATION_KEY = "«alnum:40#station-key»";   ⟦S sec-station-key⟧

    @Value("${werkbank.security.actuator-user:actuator}")
    private String actuatorUser;

    @Value("${werkbank.security.actuator-password}")   ⟦D sec-actuator-value⟧
    private String actuatorPassword;

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.csrf(c -> c.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(a -> a
                .requestMatchers("/actuator/health", "/actuator/info").permitAll()
                .requestMatchers("/api/labels/**").hasRole("STATION")
                .requestMatchers("/api/**").authenticated())
            .addFilter(stationKeyFilter())
            .oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(new KeycloakRoleConverter())));
        return http.build();
    }

    private RequestHeaderAuthenticationFilter stationKeyFilter() {
        RequestHeaderAuthenticationFilter f = new RequestHeaderAuthenticationFilter();
        f.setPrincipalRequestHeader(STATION_KEY_HEADER);
        f.setExceptionIfHeaderMissing(false);
        f.setAuthenticationManager(auth -> StationAuthentication.verify(auth, LABEL_STATION_KEY));
        return f;
    }
}
