# Versendet Berichte über den SMTP-Relay im Haus
param([string]$To = 'it@kessler-maschinenbau.de', [string]$Subject, [string]$Body)
$secpw = ConvertTo-SecureString "«adm:Relay#relay»" -AsPlainText -Force ⟦S relay-pw⟧
$cred = New-Object System.Management.Automation.PSCredential ("relay@kessler-maschinenbau.de", $secpw)
Send-MailMessage -SmtpServer smtp.kessler.local -Port 587 -UseSsl -Credential $cred -From relay@kessler-maschinenbau.de -To $To -Subject $Subject -Body $Body
