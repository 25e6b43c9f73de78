<?xml version="1.0" encoding="UTF-8"?>
<Scheme LastUpgradeVersion = "1530" version = "1.7">
   <LaunchAction buildConfiguration = "Debug" launchStyle = "0" useCustomWorkingDirectory = "NO">
      <EnvironmentVariables>
         <EnvironmentVariable key = "CARELANE_API_BASE" value = "https://staging-api.carelane.health" isEnabled = "YES">
         </EnvironmentVariable>
         <EnvironmentVariable key = "CARELANE_STAGING_TOKEN" value = "«jwt_user#staging»" isEnabled = "YES">   ⟦S s-xcscheme-jwt⟧
         </EnvironmentVariable>
         <EnvironmentVariable key = "FIXTURES_DIR" value = "$(SRCROOT)/Fixtures" isEnabled = "YES">   ⟦D d-xcscheme-srcroot⟧
         </EnvironmentVariable>
      </EnvironmentVariables>
   </LaunchAction>
</Scheme>
