package de.werkbank.order.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Meldet Störungen und SAP-Fehler in den Teams-Kanal "Fertigung IT". */
@Component
public class TeamsNotifier {

    private static final Logger log = LoggerFactory.getLogger(TeamsNotifier.class);

    // Fallback, falls TEAMS_WEBHOOK_URL auf dem Server fehlt (war bei wb-app02 nach dem Update so)
    private static final String DEFAULT_WEBHOOK =
        "«teams#fertigung-it»";   ⟦S teams-fallback⟧

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String webhookUrl;

    public TeamsNotifier(@Value("${werkbank.teams.webhook-url:}") String configured) {
        this.webhookUrl = configured == null || configured.isBlank() ? DEFAULT_WEBHOOK : configured;
    }

    public void send(String title, String text) {
        String card = """
            {"@type":"MessageCard","@context":"https://schema.org/extensions","themeColor":"D7000F",
             "summary":"%s","sections":[{"activityTitle":"%s","text":"%s"}]}
            """.formatted(title, title, text.replace("\"", "'"));
        HttpRequest req = HttpRequest.newBuilder(URI.create(webhookUrl))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(card))
            .build();
        http.sendAsync(req, HttpResponse.BodyHandlers.discarding())
            .exceptionally(e -> { log.warn("Teams-Benachrichtigung fehlgeschlagen: {}", e.getMessage()); return null; });
    }
}
