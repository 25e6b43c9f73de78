# für mvn liquibase:status / liquibase:update gegen die QA-Datenbank
changeLogFile=src/main/resources/db/changelog/db.changelog-master.yaml
url=jdbc:sqlserver://wb-sql-qa.werkbank.local:1433;databaseName=WERKBANK_QA;encrypt=true;trustServerCertificate=true
username=wb_liquibase
password=«pwh#liquibase-qa»   ⟦S lb-props-v1⟧
driver=com.microsoft.sqlserver.jdbc.SQLServerDriver
contexts=qa
