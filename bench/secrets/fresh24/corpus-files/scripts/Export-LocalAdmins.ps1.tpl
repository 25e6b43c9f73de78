# Listet lokale Admins aller Clients. SIDs der Standardgruppen zur Erkennung:
$known = @{
    'S-1-5-32-544' = 'BUILTIN\Administrators' ⟦D sid-builtin⟧
    '«sid:512#domadmins»' = 'KESSLER\Domain Admins' ⟦D sid-da⟧
    '«sid:1107#helpdesk»' = 'KESSLER\GG-Helpdesk-LocalAdmin' ⟦D sid-helpdesk⟧
}
$clients = Get-ADComputer -Filter 'OperatingSystem -like "*Windows 1*"' -SearchBase 'OU=Clients,OU=Kessler,DC=kessler,DC=local'
$result = Invoke-Command -ComputerName $clients.Name -ThrottleLimit 32 -ErrorAction SilentlyContinue -ScriptBlock {
    Get-LocalGroupMember -SID 'S-1-5-32-544' | Select-Object Name, SID, PrincipalSource
}
$result | Where-Object { -not $known.ContainsKey($_.SID.Value) } | Export-Csv .\out\localadmins.csv -NoTypeInformation
