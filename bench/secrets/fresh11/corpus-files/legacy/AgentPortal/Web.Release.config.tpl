<?xml version="1.0" encoding="utf-8"?>
<!-- Transform applied by the Release build / Octopus. #{...} tokens are substituted by Octopus at deploy time. -->
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="FernwehDb"
         connectionString="Data Source=SQL01\FERNWEH;Initial Catalog=Fernweh;User ID=#{Legacy.Sql.User};Password=#{Legacy.Sql.Password};"  ⟦D release-octo-sql⟧
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
    <add name="ArchiveDb"
         connectionString="Data Source=SQL02;Initial Catalog=FernwehArchiv;User ID=archiv_ro;Password=«pwh#archiv-ro»;"  ⟦S release-archive-password⟧
         xdt:Transform="Insert" />
  </connectionStrings>
  <appSettings>
    <add key="Saferpay.ApiPassword" value="#{Saferpay.ApiPassword}" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />  ⟦D release-octo-saferpay⟧
    <add key="Saferpay.BaseUrl" value="https://www.saferpay.com/api" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
    <customErrors mode="On" xdt:Transform="SetAttributes(mode)" />
  </system.web>
</configuration>
