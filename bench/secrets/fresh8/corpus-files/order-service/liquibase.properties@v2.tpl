# für mvn liquibase:status / liquibase:update gegen die QA-Datenbank
# Passwort: mvn liquibase:update -Dliquibase.password=$LIQUIBASE_QA_PASSWORD
changeLogFile=src/main/resources/db/changelog/db.changelog-master.yaml
url=jdbc:sqlserver://wb-sql-qa.werkbank.local:1433;databaseName=WERKBANK_QA;encrypt=true;trustServerCertificate=true
username=wb_liquibase
driver=com.microsoft.sqlserver.jdbc.SQLServerDriver
contexts=qa
