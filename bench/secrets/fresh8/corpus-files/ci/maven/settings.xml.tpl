<?xml version="1.0" encoding="UTF-8"?>
<!-- Maven-Settings für den Jenkins-Agenten (wird per configFileProvider nach ~/.m2 kopiert) -->
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <localRepository>/var/lib/jenkins/.m2/repository</localRepository>

  <mirrors>
    <mirror>
      <id>werkbank-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.werkbank.local/repository/maven-public/</url>
    </mirror>
  </mirrors>

  <servers>
    <server>
      <id>werkbank-nexus</id>
      <username>jenkins-ci</username>
      <password>«mvn_enc#nexus-read»</password>   ⟦D mvn-enc⟧
    </server>
    <server>
      <id>werkbank-releases</id>
      <username>deployment</username>
      <password>«pwr#nexus-deploy»</password>   ⟦S mvn-deploy-pw⟧
    </server>
    <server>
      <id>werkbank-snapshots</id>
      <username>deployment</username>
      <password>${env.NEXUS_DEPLOY_PASSWORD}</password>   ⟦D mvn-env⟧
    </server>
    <server>
      <id>sap-3rdparty</id>
      <username>codeforge</username>
      <password>«pwh#nexus-codeforge»</password>   ⟦S mvn-codeforge-pw⟧
    </server>
  </servers>

  <profiles>
    <profile>
      <id>werkbank</id>
      <repositories>
        <repository>
          <id>central</id>
          <url>http://central</url>
          <releases><enabled>true</enabled></releases>
          <snapshots><enabled>true</enabled></snapshots>
        </repository>
      </repositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>werkbank</activeProfile>
  </activeProfiles>
</settings>
