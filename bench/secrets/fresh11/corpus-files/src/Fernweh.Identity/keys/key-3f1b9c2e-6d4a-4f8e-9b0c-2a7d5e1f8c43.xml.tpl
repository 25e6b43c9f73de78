<?xml version="1.0" encoding="utf-8"?>
<key id="3f1b9c2e-6d4a-4f8e-9b0c-2a7d5e1f8c43" version="1">
  <creationDate>2024-04-12T09:31:40.1187764Z</creationDate>
  <activationDate>2024-04-12T09:31:40.0771209Z</activationDate>
  <expirationDate>2024-07-11T09:31:40.0771209Z</expirationDate>
  <descriptor deserializerType="Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.AuthenticatedEncryptorDescriptorDeserializer, Microsoft.AspNetCore.DataProtection, Version=8.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60">  ⟦D dpkey-publickeytoken⟧
    <descriptor>
      <encryption algorithm="AES_256_CBC" />
      <validation algorithm="HMACSHA256" />
      <masterKey p4:requiresEncryption="true" xmlns:p4="http://schemas.asp.net/2015/03/dataProtection">
        <!-- Warning: the key below is in an unencrypted form. -->
        <value>«dp_master#identity»</value>  ⟦S dataprotection-masterkey⟧
      </masterKey>
    </descriptor>
  </descriptor>
</key>
