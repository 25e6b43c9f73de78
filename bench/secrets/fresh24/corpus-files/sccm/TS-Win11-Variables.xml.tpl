<?xml version="1.0" encoding="utf-8"?>
<!-- Export der Task-Sequence-Variablen "Win11 23H2 Standard" (Collection KES-Win11-Deploy) -->
<Variables>
  <Variable Name="OSDComputerName" Value="" />
  <Variable Name="OSDDomainName" Value="kessler.local" />
  <Variable Name="OSDDomainOUName" Value="LDAP://OU=Clients,OU=Kessler,DC=kessler,DC=local" />
  <Variable Name="OSDJoinAccount" Value="KESSLER\svc-domainjoin" />
  <Variable Name="OSDJoinPassword" Value="«adm:Join#djoin»" /> ⟦S ts-join⟧
  <Variable Name="OSDLocalAdminPassword" Value="«adm:Kessler#localadmin»" /> ⟦S ts-local⟧
  <Variable Name="OSDBitLockerMode" Value="TPMOnly" />
  <Variable Name="OSDRecoveryKeyBackup" Value="AD" />
  <Variable Name="SMSTSPreferredAdvertID" Value="KES2004C" />
  <Variable Name="NetworkAccessPassword" Value="*********" Masked="true" /> ⟦D ts-masked⟧
</Variables>
