<?xml version="1.0" encoding="utf-8"?>
<ScheduledTasks clsid="{CC63F200-7309-4ba0-B154-A71CD118DBCC}">
  <TaskV2 clsid="{D8896631-B747-47a7-84A6-C155337F3BC8}" name="ITWerk Inventar" image="2" changed="2024-04-02 16:40:03" uid="{«guid#gpp-task»}" userContext="0" removePolicy="0">
    <Properties action="U" name="ITWerk Inventar" runAs="KESSLER\svc-inventar" logonType="Password" cpassword="«cpw#inventar»"> ⟦S gpp-task⟧
      <Task version="1.2">
        <RegistrationInfo><Author>KESSLER\adm-stefan</Author><Description>Hardware-Inventar an SQL02 melden</Description></RegistrationInfo>
        <Principals><Principal id="Author"><UserId>KESSLER\svc-inventar</UserId><LogonType>Password</LogonType><RunLevel>HighestAvailable</RunLevel></Principal></Principals>
        <Settings><IdleSettings><Duration>PT5M</Duration><WaitTimeout>PT1H</WaitTimeout><StopOnIdleEnd>false</StopOnIdleEnd><RestartOnIdle>false</RestartOnIdle></IdleSettings><MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy><AllowStartOnDemand>true</AllowStartOnDemand><Enabled>true</Enabled><ExecutionTimeLimit>PT1H</ExecutionTimeLimit></Settings>
        <Triggers><CalendarTrigger><StartBoundary>2024-04-03T12:30:00</StartBoundary><Enabled>true</Enabled><ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay><RandomDelay>PT30M</RandomDelay></CalendarTrigger></Triggers>
        <Actions Context="Author"><Exec><Command>powershell.exe</Command><Arguments>-NoProfile -ExecutionPolicy Bypass -File \\kessler.local\NETLOGON\ITWerk\Send-Inventory.ps1</Arguments></Exec></Actions>
      </Task>
    </Properties>
  </TaskV2>
</ScheduledTasks>
