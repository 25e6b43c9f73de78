<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype">
    <value>text/microsoft-resx</value>
  </resheader>
  <resheader name="version">
    <value>2.0</value>
  </resheader>
  <resheader name="reader">
    <value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
  <resheader name="writer">
    <value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
  <data name="Login_Title" xml:space="preserve">
    <value>Anmeldung für Reisebüros</value>
  </data>
  <data name="Login_Password" xml:space="preserve">
    <value>Passwort</value>  ⟦D resx-passwort⟧
  </data>
  <data name="Login_PasswordForgotten" xml:space="preserve">
    <value>Passwort vergessen?</value>  ⟦D resx-vergessen⟧
  </data>
  <data name="Login_PasswordTooShort" xml:space="preserve">
    <value>Das Passwort muss mindestens 10 Zeichen lang sein.</value>  ⟦D resx-tooshort⟧
  </data>
  <data name="Session_TokenExpired" xml:space="preserve">
    <value>Ihre Sitzung ist abgelaufen (Token ungültig). Bitte melden Sie sich erneut an.</value>  ⟦D resx-tokenexpired⟧
  </data>
  <data name="Booking_OptionExpires" xml:space="preserve">
    <value>Option läuft ab am {0:dd.MM.yyyy HH:mm}</value>
  </data>
  <data name="Settings_ApiKey" xml:space="preserve">
    <value>API-Schlüssel der Agentur</value>  ⟦D resx-apikey⟧
  </data>
</root>
