/**
 * The history of the eighth fresh repository ("Werkbank", the internal tools of a German machine-parts manufacturer,
 * started by an external contractor and taken over by two in-house developers). About a third of the planted secrets
 * live only in history: production properties whose JDBC passwords were replaced by jasypt ENC(...) values, a
 * Liquibase properties file whose password moved to the command line, a full Keycloak realm export (client secrets,
 * LDAP bind credential, SMTP password, realm private key) replaced by a partial export with masked values, a
 * plain-text Mosquitto password file later hashed, a Tomcat admin password replaced by a digest, a cifs credentials
 * file and a WireGuard config deleted, Gradle signing and Nexus passwords moved out of the build, an unmerged spike
 * branch with a personal SAP logon, and one SAP password that only ever appeared in a commit message.
 *
 * Templates live as plain text in bench/secrets/fresh8/corpus-files/<repo path>[@vN].tpl (read at run time):
 * «generator#name» placeholders and ⟦S id⟧ / ⟦D id⟧ line labels, as in the sixth and seventh benches. Commit messages
 * use the same syntax.
 */
import { corpusFiles, type FreshStep } from '../fresh-driver.js';

/** One commit of the history (the fields: FreshStep in bench/secrets/fresh-driver.ts). */
export type Step = FreshStep & { author: 'marek' | 'sabine' | 'tobias' };

export const AUTHORS = {
  marek: { name: 'Marek Wójcik', email: 'm.wojcik@codeforge-consulting.de' },
  sabine: { name: 'Sabine Krüger', email: 's.krueger@werkbank-gmbh.de' },
  tobias: { name: 'Tobias Brandt', email: 't.brandt@werkbank-gmbh.de' },
} as const;

const { files, tpl } = corpusFiles('fresh8');

const OS = 'order-service';
const RES = `${OS}/src/main/resources`;
const JAVA = `${OS}/src/main/java/de/werkbank/order`;

export const STEPS: Step[] = [
  {
    message: 'Initiales Projekt: order-service (Spring Boot 3, Java 17), Liquibase, docker-compose für lokal',
    date: '2023-01-16T08:40:00+01:00',
    author: 'marek',
    write: {
      ...files('README.md', '.gitignore', 'docker-compose.yml', `${OS}/pom.xml`, `${OS}/.mvn/wrapper/maven-wrapper.properties`, `${OS}/Dockerfile`),
      ...files(`${RES}/application.yml`, `${RES}/application-prod.properties`, `${RES}/bootstrap.yml`, `${RES}/messages_de.properties`),
      ...files(`${OS}/src/test/resources/application-test.yml`, `${RES}/db/changelog/db.changelog-master.yaml`, `${RES}/db/changelog/changes/002-seed-users.xml`),
      ...files(`${OS}/liquibase.properties`, `${JAVA}/config/SecurityConfig.java`, `${JAVA}/kafka/KafkaConfig.java`),
    },
  },
  {
    message: 'Keycloak-Realm werkbank (AD-Anbindung), Jenkins-Pipeline + Shared Library, Maven-Settings für Nexus',
    date: '2023-02-06T16:05:00+01:00',
    author: 'marek',
    write: files('keycloak/realm-werkbank.json', 'ci/maven/settings.xml', 'ci/Jenkinsfile', 'ci/jenkins-lib/vars/deployWar.groovy', 'ci/jenkins-lib/vars/nexusPublish.groovy'),
  },
  {
    message: 'Legacy-Lagerverwaltung: Tomcat-Konfiguration (server.xml, Benutzer, JNDI) und RabbitMQ-Definitionen übernommen',
    date: '2023-03-20T11:30:00+01:00',
    author: 'marek',
    write: files(
      'legacy/tomcat/conf/server.xml',
      'legacy/tomcat/conf/tomcat-users.xml',
      'legacy/tomcat/conf/context.xml',
      'infra/rabbitmq/rabbitmq.conf',
      'infra/rabbitmq/definitions.json',
    ),
  },
  {
    message: 'Shopfloor-App: erste Version für die Tablets (Rückmeldung, Störgründe, Login mit Personalnummer + PIN)',
    date: '2023-05-08T14:12:00+02:00',
    author: 'tobias',
    write: files(
      'shopfloor-app/gradle.properties',
      'shopfloor-app/gradle/wrapper/gradle-wrapper.properties',
      'shopfloor-app/app/build.gradle',
      'shopfloor-app/app/src/main/res/values/strings.xml',
      'shopfloor-app/app/src/main/java/de/werkbank/shopfloor/net/AuthClient.kt',
    ),
  },
  {
    message: 'Maschinendaten: OPC-UA-Connector für Halle 1/2, Mosquitto, Node-RED-Flow nach Kafka',
    date: '2023-06-12T09:50:00+02:00',
    author: 'marek',
    write: files(
      'machine-connector/config/connector.yml',
      'machine-connector/mosquitto/mosquitto.conf',
      'machine-connector/mosquitto/passwd',
      'machine-connector/node-red/settings.js',
      'machine-connector/node-red/flows.json',
      'machine-connector/node-red/flows_cred.json',
    ),
  },
  {
    message: 'Ansible-Inventar und group_vars, Kafka-Cluster (SASL/SCRAM), Grafana/Prometheus, Elastic für Logs',
    date: '2023-08-28T17:25:00+02:00',
    author: 'sabine',
    write: files(
      'ansible/inventory/hosts.ini',
      'ansible/group_vars/all/main.yml',
      'ansible/group_vars/all/vault.yml',
      'ansible/group_vars/linux.yml',
      'ansible/group_vars/db.yml',
      'infra/kafka/client-jaas.conf',
      'infra/kafka/server.properties',
      'infra/elastic/elasticsearch.yml',
      'infra/elastic/kibana.yml',
      'monitoring/grafana/grafana.ini',
      'monitoring/grafana/provisioning/datasources/datasources.yml',
      'monitoring/prometheus/prometheus.yml',
    ),
  },
  {
    message: 'Etikettendruck: label-sync (Kotlin), Druck-Batch für pc-versand-03, Zeichnungs-Sync, Shares per fstab; Teams-Meldungen',
    date: '2023-10-02T13:05:00+02:00',
    author: 'tobias',
    write: files(
      'tools/label-sync/build.gradle.kts',
      'tools/label-sync/src/main/kotlin/de/werkbank/labels/LabelSync.kt',
      'scripts/windows/etiketten-drucken.bat',
      'scripts/windows/Sync-Zeichnungen.ps1',
      'infra/fstab.werkbank',
      'infra/cifs/.smbcredentials-zeichnungen',
      `${JAVA}/notify/TeamsNotifier.java`,
    ),
  },
  {
    message: 'VPN Werk 2: OpenVPN-Client für wb-gw01, WireGuard zum Vergleich',
    date: '2023-11-15T10:40:00+01:00',
    author: 'tobias',
    write: files('infra/vpn/werk2-client.ovpn', 'infra/vpn/werk2.auth', 'infra/vpn/wg-werk2.conf'),
  },
  {
    message: 'Übergabe: Confluence-Export der Übergabeseite ins Repo (docs/handover)',
    date: '2024-02-28T15:20:00+01:00',
    author: 'marek',
    write: files('docs/handover/WB-Uebergabe-Codeforge-an-IT-Entwicklung.html'),
  },
  {
    message:
      'Aufräumen nach der Übergabe: Secrets aus Realm-Export, prod-Properties, Liquibase, Mosquitto und Tomcat raus\n\n' +
      '- Keycloak: Teil-Export (Secrets maskiert), öffentlicher Realm-Schlüssel im README\n' +
      '- prod: JDBC-Passwörter als jasypt ENC(...), MES-Passwort aus der Umgebung\n' +
      '- Mosquitto: passwd mit mosquitto_passwd -U gehasht\n' +
      '- Tomcat: admin mit SHA-256-Digest\n\n' +
      'Die alten Werte stehen noch in der Historie; SQL- und Keycloak-Secrets sind rotiert, der Rest folgt.\n' +
      'Realm-Schlüssel neu erzeugt, kid «b64url:43#kc-kid»   ⟦D msg-kid⟧',
    date: '2024-03-12T18:45:00+01:00',
    author: 'sabine',
    write: {
      'keycloak/realm-werkbank.json': tpl('keycloak/realm-werkbank.json', 'v2'),
      'keycloak/README.md': tpl('keycloak/README.md'),
      [`${RES}/application-prod.properties`]: tpl(`${RES}/application-prod.properties`, 'v2'),
      [`${OS}/liquibase.properties`]: tpl(`${OS}/liquibase.properties`, 'v2'),
      'machine-connector/mosquitto/passwd': tpl('machine-connector/mosquitto/passwd', 'v2'),
      'legacy/tomcat/conf/tomcat-users.xml': tpl('legacy/tomcat/conf/tomcat-users.xml', 'v2'),
    },
  },
  {
    message: 'cifs-Credentials und WireGuard-Test aus dem Repo entfernt (liegen jetzt im Ansible-Vault)',
    date: '2024-03-13T08:15:00+01:00',
    author: 'sabine',
    remove: ['infra/cifs/.smbcredentials-zeichnungen', 'infra/vpn/wg-werk2.conf'],
    write: files('infra/vpn/README.md'),
  },
  {
    message: 'Shopfloor-App 1.7: Release-Signing über keystore.properties/Jenkins-Credentials, Nexus-Zugang aus gradle.properties entfernt',
    date: '2024-06-03T11:00:00+02:00',
    author: 'tobias',
    write: {
      'shopfloor-app/gradle.properties': tpl('shopfloor-app/gradle.properties', 'v2'),
      'shopfloor-app/app/build.gradle': tpl('shopfloor-app/app/build.gradle', 'v2'),
    },
  },
  {
    message: 'Spike: Lagerbestand direkt per RFC aus P01 (BAPI_MATERIAL_AVAILABILITY)',
    date: '2025-01-09T10:20:00+01:00',
    author: 'tobias',
    branch: 'spike/sap-rfc-direkt',
    write: files(`${RES}/sap/WERKBANK_RFC.jcoDestination`, `${JAVA}/sap/SapStockCheck.java`),
  },
  {
    message:
      'SAP: JCo-Destination aus den Spring-Properties statt .jcoDestination-Datei\n\n' +
      'RFC_WERKBANK in P01 wurde von der Basis zurückgesetzt, neues Kennwort «sap_pw#p01-rfc-2025» (bitte in KeePass und Vault übernehmen).   ⟦S msg-sap⟧\n' +
      'Liquibase-Prüfsumme 002-1 bleibt «lb_md5#002-1».   ⟦D msg-md5⟧',
    date: '2025-11-17T09:05:00+01:00',
    author: 'sabine',
    write: files(`${JAVA}/sap/SapDestinationProvider.java`),
  },
];
