<?xml version="1.0" encoding="utf-8"?>
<Project ToolsVersion="Current" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup>
    <IncludeCompositeObjects>True</IncludeCompositeObjects>
    <TargetDatabaseName>FernwehReporting</TargetDatabaseName>
    <DeployScriptFileName>FernwehReporting.sql</DeployScriptFileName>
    <TargetConnectionString>Data Source=sql-fernweh-prod.database.windows.net;Persist Security Info=True;User ID=fernwehadmin;Password=«pwr#sql-admin»;Pooling=False;Multiple Active Result Sets=False;Connect Timeout=60;Encrypt=True;Trust Server Certificate=False</TargetConnectionString>  ⟦S ssdt-connection⟧
    <BlockOnPossibleDataLoss>True</BlockOnPossibleDataLoss>
    <DropObjectsNotInSource>False</DropObjectsNotInSource>
    <ProfileVersionNumber>1</ProfileVersionNumber>
  </PropertyGroup>
  <ItemGroup>
    <SqlCmdVariable Include="ReportingLogin">
      <Value>fernweh_reporting</Value>
    </SqlCmdVariable>
    <SqlCmdVariable Include="ReportingPassword">
      <Value>$(ReportingPassword)</Value>  ⟦D ssdt-sqlcmdvar⟧
    </SqlCmdVariable>
  </ItemGroup>
</Project>
