<?xml version="1.0" encoding="utf-8" ?>
<configuration>
    <configSections>
        <sectionGroup name="userSettings" type="System.Configuration.UserSettingsGroup, System, Version=2.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089" > ⟦D appconfig-pkt⟧
            <section name="OrdertrailClient.My.MySettings" type="System.Configuration.ClientSettingsSection, System, Version=2.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089" allowExeDefinition="MachineToLocalUser" requirePermission="false" />
        </sectionGroup>
    </configSections>
    <connectionStrings>
        <add name="OrdertrailClient.My.MySettings.OrdertrailConnection"
            connectionString="Server=db1.ordertrail.local;Database=ordertrail;Uid=ot_client;Pwd=«hpw#otclient»;Convert Zero Datetime=True" ⟦S appconfig-conn⟧
            providerName="MySql.Data.MySqlClient" />
        <add name="OrdertrailClient.My.MySettings.LagerConnection"
            connectionString="Data Source=LAGER-SRV\SQLEXPRESS;Initial Catalog=Lager;Integrated Security=SSPI" ⟦D appconfig-sspi⟧
            providerName="System.Data.SqlClient" />
    </connectionStrings>
    <appSettings>
        <add key="UpdateUrl" value="https://download.ordertrail.de/client/update.xml" />
        <add key="ShopApiUser" value="desktop-client" />
        <add key="ShopApiPassword" value="«rpw#shopapi»" /> ⟦S appconfig-apipw⟧
        <add key="LabelPrinter" value="\\LAGER-SRV\Zebra_GK420d" />
        <add key="PasswordMinLength" value="8" /> ⟦D appconfig-pwminlen⟧
    </appSettings>
    <userSettings>
        <OrdertrailClient.My.MySettings>
            <setting name="RememberLogin" serializeAs="String">
                <value>False</value>
            </setting>
            <setting name="LastUser" serializeAs="String">
                <value />
            </setting>
        </OrdertrailClient.My.MySettings>
    </userSettings>
    <system.diagnostics>
        <sources>
            <source name="DefaultSource" switchName="DefaultSwitch">
                <listeners>
                    <add name="FileLog"/>
                </listeners>
            </source>
        </sources>
        <switches>
            <add name="DefaultSwitch" value="Information" />
        </switches>
        <sharedListeners>
            <add name="FileLog" type="Microsoft.VisualBasic.Logging.FileLogTraceListener, Microsoft.VisualBasic, Version=8.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a, processorArchitecture=MSIL" initializeData="FileLogWriter"/>
        </sharedListeners>
    </system.diagnostics>
</configuration>
