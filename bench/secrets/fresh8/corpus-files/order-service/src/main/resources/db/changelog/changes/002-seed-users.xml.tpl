<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog
    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">

  <!--
    Startbenutzer für die Einführung in Werk 1. Alle bekommen das Initialpasswort «weak#seed-initial» und müssen es   ⟦S lb-initial-pw⟧
    bei der ersten Anmeldung ändern (must_change_pw = 1). Danach läuft die Anmeldung über Keycloak/AD.
  -->
  <changeSet id="002-1" author="mwojcik" context="!test">
    <validCheckSum>«lb_md5#002-1»</validCheckSum>   ⟦D lb-md5-1⟧
    <insert tableName="app_user">
      <column name="username" value="admin"/>
      <column name="display_name" value="Administrator"/>
      <column name="password_hash" value="«bcrypt_hash#seed-admin»"/>   ⟦D lb-bcrypt-1⟧
      <column name="must_change_pw" valueNumeric="1"/>
    </insert>
    <insert tableName="app_user">
      <column name="username" value="schichtleiter1"/>
      <column name="display_name" value="Schichtleitung Halle 1"/>
      <column name="password_hash" value="«bcrypt_hash#seed-sl1»"/>   ⟦D lb-bcrypt-2⟧
      <column name="must_change_pw" valueNumeric="1"/>
    </insert>
    <insert tableName="app_user">
      <column name="username" value="versand"/>
      <column name="display_name" value="Versand (Etikettenstation)"/>
      <column name="password_hash" value="«bcrypt_hash#seed-versand»"/>   ⟦D lb-bcrypt-3⟧
      <column name="must_change_pw" valueNumeric="1"/>
    </insert>
  </changeSet>

  <changeSet id="002-2" author="mwojcik" context="dev,qa">
    <comment>RFC-Verbindung zum Q-System für die Testumgebung</comment>
    <insert tableName="sap_connection">
      <column name="name" value="Q01"/>
      <column name="ashost" value="sapq01.werkbank.local"/>
      <column name="client" value="100"/>
      <column name="rfc_user" value="RFC_WERKBANK"/>
      <column name="rfc_password" value="«sap_pw#q01-seed»"/>   ⟦S lb-sap-q01⟧
    </insert>
  </changeSet>

  <changeSet id="002-3" author="tbrandt">
    <validCheckSum>«lb_md5#002-3»</validCheckSum>   ⟦D lb-md5-3⟧
    <insert tableName="label_printer">
      <column name="name" value="ZD621-Versand"/>
      <column name="host" value="10.20.4.31"/>
      <column name="port" valueNumeric="9100"/>
      <column name="template_hash" value="«sha1#zpl-template»"/>   ⟦D lb-tplhash⟧
    </insert>
  </changeSet>
</databaseChangeLog>
