<?xml version="1.0"?>
<DTSConfiguration>
  <DTSConfigurationHeading>
    <DTSConfigurationFileInfo GeneratedBy="KESSLER\adm-marta" GeneratedFromPackageName="ERP-Export" GeneratedFromPackageID="{«guid#ssis-pkg»}" GeneratedDate="12.04.2024 11:20:41"/> ⟦D ssis-pkgid⟧
  </DTSConfigurationHeading>
  <Configuration ConfiguredType="Property" Path="\Package.Connections[ERP].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=SQL01;User ID=erp_export;Password=«adm:Export#erp»;Initial Catalog=KES_ERP;Provider=SQLNCLI11.1;Persist Security Info=True;Auto Translate=False;</ConfiguredValue> ⟦S ssis-erp⟧
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\Package.Connections[DWH].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=SQL02\DWH;Initial Catalog=Reporting;Provider=SQLNCLI11.1;Integrated Security=SSPI;Auto Translate=False;</ConfiguredValue> ⟦D ssis-dwh⟧
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\Package.Connections[SFTP Lieferanten].Properties[ServerPassword]" ValueType="String">
    <ConfiguredValue>«strong#sftp-lief»</ConfiguredValue> ⟦S ssis-sftp⟧
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\Package.Variables[User::ExportPath].Properties[Value]" ValueType="String">
    <ConfiguredValue>\\fs01\Austausch\ERP\Export</ConfiguredValue>
  </Configuration>
</DTSConfiguration>
