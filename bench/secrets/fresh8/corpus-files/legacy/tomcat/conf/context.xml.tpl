<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <WatchedResource>${catalina.base}/conf/web.xml</WatchedResource>

    <!-- JNDI-Datasource der Lagerverwaltung (java:comp/env/jdbc/lager) -->
    <Resource name="jdbc/lager" auth="Container" type="javax.sql.DataSource"
              driverClassName="com.microsoft.sqlserver.jdbc.SQLServerDriver"
              url="jdbc:sqlserver://wb-sql01.werkbank.local:1433;databaseName=LAGER;encrypt=false"
              username="lager_app"
              password="«weak#lager-sql»"   ⟦S tc-jndi-pw⟧
              maxTotal="20" maxIdle="5" maxWaitMillis="10000"
              validationQuery="SELECT 1" testOnBorrow="true" />
</Context>
