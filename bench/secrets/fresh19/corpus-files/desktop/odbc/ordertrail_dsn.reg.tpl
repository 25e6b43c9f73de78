Windows Registry Editor Version 5.00

; ODBC system DSNs for the Access reports in the office (Auswertungen.mdb)
; import on the office PCs with: regedit /s ordertrail_dsn.reg

[HKEY_LOCAL_MACHINE\SOFTWARE\ODBC\ODBC.INI\ODBC Data Sources]
"Ordertrail"="MySQL ODBC 5.1 Driver" ⟦D odbc-dsn-name⟧
"Ordertrail_Lager"="SQL Server"

[HKEY_LOCAL_MACHINE\SOFTWARE\ODBC\ODBC.INI\Ordertrail]
"Driver"="C:\\Program Files\\MySQL\\Connector ODBC 5.1\\myodbc5.dll"
"DESCRIPTION"="Ordertrail Shop-Datenbank (nur lesen)"
"SERVER"="db1.ordertrail.local"
"UID"="ot_office"
"PWD"="«weak#office»" ⟦S odbc-pwd⟧
"DATABASE"="ordertrail"
"PORT"="3306"

[HKEY_LOCAL_MACHINE\SOFTWARE\ODBC\ODBC.INI\Ordertrail_Lager]
"Driver"="C:\\WINDOWS\\system32\\SQLSRV32.dll"
"Server"="LAGER-SRV\\SQLEXPRESS"
"Database"="Lager"
"Trusted_Connection"="Yes" ⟦D odbc-trusted⟧
"LastUser"="lager"
