<AppLockerPolicy Version="1">
  <RuleCollection Type="Exe" EnforcementMode="AuditOnly">
    <FilePublisherRule Id="«guid#al-r1»" Name="Signiert: Microsoft" Description="" UserOrGroupSid="S-1-1-0" Action="Allow"> ⟦D al-r1⟧
      <Conditions><FilePublisherCondition PublisherName="O=MICROSOFT CORPORATION, L=REDMOND, S=WASHINGTON, C=US" ProductName="*" BinaryName="*"><BinaryVersionRange LowSection="*" HighSection="*" /></FilePublisherCondition></Conditions>
    </FilePublisherRule>
    <FileHashRule Id="«guid#al-r2»" Name="SAP GUI Setup" Description="" UserOrGroupSid="«sid:513#domusers»" Action="Allow"> ⟦D al-r2⟧
      <Conditions><FileHashCondition><FileHash Type="SHA256" Data="0x«hexn:64#al-hash»" SourceFileName="SAPGUI800_9.exe" SourceFileLength="1183711232" /></FileHashCondition></Conditions> ⟦D al-hash⟧
    </FileHashRule>
  </RuleCollection>
</AppLockerPolicy>
