<?xml version="1.0" encoding="utf-8"?>
<!-- Export der Task-Sequence-Variablen "Win11 23H2 Standard" (Collection KES-Win11-Deploy) -->
<!-- Join-Konto und lokales Admin-Passwort sind jetzt versteckte Collection-Variablen in der Konsole, LAPS übernimmt. -->
<Variables>
  <Variable Name="OSDComputerName" Value="" />
  <Variable Name="OSDDomainName" Value="kessler.local" />
  <Variable Name="OSDDomainOUName" Value="LDAP://OU=Clients,OU=Kessler,DC=kessler,DC=local" />
  <Variable Name="OSDJoinAccount" Value="KESSLER\svc-domainjoin" />
  <Variable Name="OSDJoinPassword" Value="" Masked="true" /> ⟦D ts2-empty⟧
  <Variable Name="OSDBitLockerMode" Value="TPMOnly" />
  <Variable Name="OSDRecoveryKeyBackup" Value="AD" />
  <Variable Name="SMSTSPreferredAdvertID" Value="KES2004C" />
</Variables>
