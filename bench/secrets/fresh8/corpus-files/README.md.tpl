# Werkbank

Interne Werkzeuge der Werkbank GmbH (Auftragsabwicklung, Fertigungsrückmeldung, Etikettendruck, Maschinendaten).
Ursprünglich von Codeforge Consulting aufgebaut, seit 2024 von der internen IT-Entwicklung weitergeführt.

## Module

| Ordner | Inhalt |
|---|---|
| `order-service/` | Spring Boot 3 (Java 17) – Aufträge, Fertigungsaufträge, SAP-Anbindung per RFC |
| `shopfloor-app/` | Android-App für die Tablets an den Maschinen (Rückmeldung, Störgründe) |
| `tools/label-sync/` | Kotlin-Tool: synchronisiert Etikettenvorlagen auf die Zebra-Drucker |
| `legacy/tomcat/` | Alte Lagerverwaltung (WAR) auf Tomcat 9, wird 2026 abgelöst |
| `machine-connector/` | OPC-UA → MQTT (Mosquitto) → Node-RED → Kafka |
| `keycloak/` | Realm-Export `werkbank` |
| `infra/` | Kafka, RabbitMQ, Elastic, VPN Werk 2 |
| `ansible/` | Inventar und Variablen für die Linux- und Windows-Server |
| `monitoring/` | Grafana, Prometheus |
| `scripts/windows/` | Batch/PowerShell für Etikettendrucker und Netzlaufwerke |

## Lokal starten

```bash
docker compose up -d sqlserver postgres kafka
cd order-service
./mvnw spring-boot:run -Dspring-boot.run.profiles=dev
```

Das dev-Profil nutzt die Container aus `docker-compose.yml`. Für die Anbindung an das Test-SAP (Q01) braucht ihr
die Umgebungsvariablen `SAP_USER` und `SAP_PASSWORD` – nicht in die `application-*.properties` schreiben.

Verschlüsselte Properties (`ENC(...)`) werden mit jasypt entschlüsselt; das Master-Passwort kommt aus
`JASYPT_ENCRYPTOR_PASSWORD` (auf den Servern per systemd-Drop-in, lokal aus KeePass, Eintrag "jasypt werkbank").

```bash
export JASYPT_ENCRYPTOR_PASSWORD=<aus KeePass>   ⟦D readme-jasypt⟧
./mvnw jasypt:encrypt-value -Djasypt.encryptor.password="$JASYPT_ENCRYPTOR_PASSWORD" -Djasypt.plugin.value="geheim"
```

## Nexus

Artefakte liegen in `https://nexus.werkbank.local/repository/maven-releases/`. Gradle liest die Zugangsdaten aus
`~/.gradle/gradle.properties`:

```properties
nexusUser=vorname.nachname
nexusPassword=<dein LDAP-Passwort>   ⟦D readme-nexus⟧
```

## Android-App signieren

Der Release-Keystore liegt **nicht** im Repo, sondern im Tresor (IT-Leitung). Build-Server: `KEYSTORE_PASSWORD`
und `KEY_PASSWORD` kommen aus den Jenkins-Credentials `shopfloor-keystore`.

## Kontakt

IT-Entwicklung: it-entwicklung@werkbank-gmbh.de, Durchwahl -412
