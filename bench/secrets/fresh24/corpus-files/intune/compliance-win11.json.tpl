{
  "@odata.type": "#microsoft.graph.windows10CompliancePolicy",
  "id": "«guid#intune-comp»", ⟦D int-id⟧
  "displayName": "KES Win11 Compliance",
  "description": "BitLocker, Secure Boot, Defender, Kennwort",
  "passwordRequired": true, ⟦D int-pwreq⟧
  "passwordBlockSimple": true,
  "passwordMinimumLength": 12, ⟦D int-pwlen⟧
  "passwordRequiredType": "alphanumeric",
  "passwordMinutesOfInactivityBeforeLock": 15,
  "bitLockerEnabled": true,
  "secureBootEnabled": true,
  "defenderEnabled": true,
  "osMinimumVersion": "10.0.22631",
  "assignments": [
    { "target": { "@odata.type": "#microsoft.graph.groupAssignmentTarget", "groupId": "«guid#intune-grp»" } } ⟦D int-grp⟧
  ],
  "roleScopeTagIds": ["0"]
}
