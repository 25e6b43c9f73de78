<!DOCTYPE html>
<html>
<head>
    <title>Werkbank : Übergabe Codeforge → IT-Entwicklung</title>
    <link rel="stylesheet" href="styles/site.css" type="text/css" />
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta name="confluence-page-id" content="«digits:9#cf-page»">   ⟦D cf-pageid⟧
</head>
<body class="theme-default aui-theme-default">
<div id="page">
<div id="main" class="aui-page-panel">
    <div id="main-header">
        <div id="breadcrumb-section">
            <ol id="breadcrumbs">
                <li class="first"><span><a href="index.html">Werkbank</a></span></li>
                <li><span><a href="Betrieb_«digits:9#cf-parent».html">Betrieb</a></span></li>
            </ol>
        </div>
        <h1 id="title-heading" class="pagetitle">Werkbank : Übergabe Codeforge → IT-Entwicklung</h1>
    </div>
    <div id="content" class="view">
        <div class="page-metadata">
            Erstellt von <span class="author"> Marek Wójcik</span>, zuletzt geändert am 28. Feb. 2024
        </div>
        <div id="main-content" class="wiki-content group">
<p>Diese Seite fasst zusammen, was beim Wechsel von Codeforge zur internen IT-Entwicklung (Sabine, Tobias) wissen
muss. Stand des Codes: Commit <code>«sha1#handover-commit»</code> auf <code>main</code>.</p>   ⟦D cf-commit⟧

<div class="confluence-information-macro confluence-information-macro-warning" data-macro-id="«uuid#cf-macro1»">   ⟦D cf-macroid⟧
<div class="confluence-information-macro-body"><p>Alle Passwörter stehen im KeePass <code>\\fs01\IT$\Passwoerter\werkbank.kdbx</code>.
Die unten genannten sind die, die wir bei der Übergabe <strong>noch nicht</strong> eingetragen hatten – bitte
übertragen und danach diese Seite bereinigen.</p></div></div>   ⟦D cf-keepass⟧

<h2 id="Uebergabe-Zugaenge">Zugänge</h2>
<ul>
<li>Jenkins (<a href="https://jenkins.werkbank.local">jenkins.werkbank.local</a>): lokaler Admin <code>admin</code>, Passwort <code>«pwh#jenkins-admin»</code> (LDAP-Login geht auch, aber nur für die Gruppe IT-Entwicklung).</li>   ⟦S cf-jenkins⟧
<li>SAP P01, RFC-Benutzer <code>RFC_WERKBANK</code> (Typ System, Mandant 100): Kennwort ist «sap_pw#p01-rfc», läuft nicht ab.</li>   ⟦S cf-sap⟧
<li>jasypt: das Master-Passwort für alle <code>ENC(...)</code>-Werte lautet <code>«memorable#jasypt-master»</code>. Auf den Servern steht es im systemd-Drop-in <code>/etc/systemd/system/order-service.service.d/jasypt.conf</code>.</li>   ⟦S cf-jasypt⟧
<li>OPNsense Werk 2 (Plauen), Weboberfläche nur über VPN: root / «weak#opnsense-plauen»</li>   ⟦S cf-opnsense⟧
<li>Nexus-Admin: über LDAP, Gruppe <code>nexus-admins</code>. Das initiale <code>admin.password</code> wurde gelöscht.</li>
<li>Keycloak-Admin-Konsole: Konto <code>wb-admin</code>, Passwort im KeePass.</li>   ⟦D cf-kc-keepass⟧
</ul>

<h2 id="Uebergabe-Konfiguration">Konfiguration</h2>
<p>Die Profile <code>dev</code>, <code>qa</code> und <code>prod</code> unterscheiden sich nur in Hosts und Zugangsdaten.
In <code>application-dev.yml</code> stehen absichtlich Platzhalter wie <code>password: changeme</code>; wer lokal gegen
QA testen will, setzt <code>SPRING_DATASOURCE_PASSWORD</code>.</p>   ⟦D cf-changeme⟧
<p>Zum Verschlüsseln eines neuen Werts:</p>
<div class="code panel pdl" style="border-width: 1px;"><div class="codeContent panelContent pdl">
<pre class="syntaxhighlighter-pre" data-syntaxhighlighter-params="brush: bash; gutter: false; theme: Confluence" data-theme="Confluence">./mvnw jasypt:encrypt-value -Djasypt.encryptor.password=$JASYPT_ENCRYPTOR_PASSWORD -Djasypt.plugin.value='neues-passwort'   ⟦D cf-jasypt-cmd⟧
# Ergebnis z.B. ENC(«b64:48#cf-enc-example»)</pre>   ⟦D cf-enc⟧
</div></div>

<h2 id="Uebergabe-OffenePunkte">Offene Punkte</h2>
<ol>
<li>Etikettenstationen auf Keycloak-Client-Credentials umstellen (derzeit fester Station-Key im <code>SecurityConfig</code>).</li>
<li>Tomcat 9 / Lagerverwaltung: Ablösung durch order-service-Modul "Lager" (Angebot liegt vor).</li>
<li>Mosquitto-Passwortdatei wurde im Klartext eingecheckt – ist inzwischen gehasht (<code>mosquitto_passwd -U</code>), Passwörter wurden aber nicht geändert.</li>
<li>WireGuard-Test Werk 2 abgebrochen, siehe <code>infra/vpn/README.md</code>.</li>
</ol>
        </div>
    </div>
</div>
<div id="footer" role="contentinfo">
    <section class="footer-body">
        <p>Dokument generiert von Confluence am 28. Feb. 2024 14:12</p>
        <div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div>
    </section>
</div>
</div>
</body>
</html>
