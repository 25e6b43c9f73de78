# Druckwarteschlange auf den Printservern neu starten (Ticket-Klassiker)
$servers = 'prt01','prt02'
$pw = ConvertTo-SecureString -String '«adm:Drucker#prt»' -AsPlainText -Force ⟦S prt-pw⟧
$cred = [pscredential]::new('KESSLER\svc-print', $pw)
Invoke-Command -ComputerName $servers -Credential $cred -ScriptBlock {
    Stop-Service Spooler -Force
    Remove-Item C:\Windows\System32\spool\PRINTERS\* -Force -ErrorAction SilentlyContinue
    Start-Service Spooler
}
