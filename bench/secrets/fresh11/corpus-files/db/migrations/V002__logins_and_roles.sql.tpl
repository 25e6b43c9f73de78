-- V002: SQL logins for the app and the reporting user (run against master first, then FernwehPortal)
-- Azure SQL: run the CREATE LOGIN part connected to master.

CREATE LOGIN fernweh_app WITH PASSWORD = N'«pwr#sql-app-v1»';  ⟦S sql-create-login-app⟧
CREATE LOGIN fernweh_reporting WITH PASSWORD = N'«weak#sql-reporting»';  ⟦S sql-create-login-reporting⟧
GO

CREATE USER fernweh_app FOR LOGIN fernweh_app;
CREATE USER fernweh_reporting FOR LOGIN fernweh_reporting;
GO

ALTER ROLE db_datareader ADD MEMBER fernweh_app;
ALTER ROLE db_datawriter ADD MEMBER fernweh_app;
ALTER ROLE db_datareader ADD MEMBER fernweh_reporting;
GRANT EXECUTE ON SCHEMA::portal TO fernweh_app;
GO
