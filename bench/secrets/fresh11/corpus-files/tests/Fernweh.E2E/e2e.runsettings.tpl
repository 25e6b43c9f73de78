<?xml version="1.0" encoding="utf-8"?>
<RunSettings>
  <Playwright>
    <BrowserName>chromium</BrowserName>
    <LaunchOptions>
      <Headless>true</Headless>
    </LaunchOptions>
  </Playwright>
  <TestRunParameters>
    <Parameter name="BaseUrl" value="https://agenturen-test.fernweh-reisen.de" />
    <Parameter name="AgentEmail" value="test@reisebuero-sonnenschein.de" />
    <Parameter name="AgentPassword" value="«weak#test-agency»" />  ⟦S runsettings-agent-password⟧
    <Parameter name="AdminPassword" value="" />
  </TestRunParameters>
</RunSettings>
