<?xml version="1.0" encoding="utf-8"?>
<!-- Fernweh Agenturportal (WebForms, 2016). Read-only since 2024, only commission statements are still served here. -->
<configuration>
  <configSections>
    <section name="log4net" type="log4net.Config.Log4NetConfigurationSectionHandler, log4net" />
  </configSections>
  <connectionStrings>
    <add name="FernwehDb" connectionString="Data Source=SQL01\FERNWEH;Initial Catalog=Fernweh;User ID=agentportal;Pwd=«weak#legacy-sql»;" providerName="System.Data.SqlClient" />  ⟦S webconfig-pwd⟧
    <add name="ReportingDb" connectionString="Data Source=SQL01\FERNWEH;Initial Catalog=FernwehReporting;Integrated Security=SSPI;" providerName="System.Data.SqlClient" />  ⟦D webconfig-sspi⟧
  </connectionStrings>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ValidationSettings:UnobtrusiveValidationMode" value="None" />
    <add key="Commission.PdfTemplate" value="~/App_Data/provision_vorlage.pdf" />
    <add key="Saferpay.CustomerId" value="245318" />
    <add key="Saferpay.TerminalId" value="17762419" />
    <add key="Saferpay.ApiUser" value="API_245318_80563147" />  ⟦D webconfig-saferpay-user⟧
    <add key="Saferpay.ApiPassword" value="«pwr#saferpay»" />  ⟦S webconfig-saferpay⟧
    <add key="PasswordResetTokenHours" value="24" />  ⟦D webconfig-resethours⟧
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" maxRequestLength="20480" enableVersionHeader="false" />
    <authentication mode="Forms">
      <forms loginUrl="~/Login.aspx" timeout="60" slidingExpiration="true" requireSSL="true" protection="All" />
    </authentication>
    <machineKey validationKey="«machine_val#legacy»"  ⟦S webconfig-machinekey-validation⟧
                decryptionKey="«machine_dec#legacy»"  ⟦S webconfig-machinekey-decryption⟧
                validation="HMACSHA256" decryption="AES" />
    <membership defaultProvider="SqlProvider">
      <providers>
        <clear />
        <add name="SqlProvider" type="System.Web.Security.SqlMembershipProvider" connectionStringName="FernwehDb"
             passwordFormat="Hashed" minRequiredPasswordLength="8" minRequiredNonalphanumericCharacters="1" />  ⟦D webconfig-membership⟧
      </providers>
    </membership>
    <customErrors mode="RemoteOnly" defaultRedirect="~/Fehler.aspx" />
  </system.web>
  <system.net>
    <mailSettings>
      <smtp from="provision@fernweh-reisen.de" deliveryMethod="Network">
        <network host="smtp.office365.com" port="587" enableSsl="true" userName="provision@fernweh-reisen.de" password="«pwh#o365-provision»" />  ⟦S webconfig-smtp⟧
      </smtp>
    </mailSettings>
  </system.net>
  <system.webServer>
    <httpProtocol>
      <customHeaders>
        <remove name="X-Powered-By" />
        <add name="X-Frame-Options" value="SAMEORIGIN" />
      </customHeaders>
    </httpProtocol>
  </system.webServer>
</configuration>
