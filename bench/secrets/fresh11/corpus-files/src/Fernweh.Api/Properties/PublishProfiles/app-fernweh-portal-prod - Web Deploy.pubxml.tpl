<?xml version="1.0" encoding="utf-8"?>
<!--
This file is used by the publish/package process of your Web project. You can customize the behavior of this process
by editing this MSBuild file.
-->
<Project>
  <PropertyGroup>
    <WebPublishMethod>MSDeploy</WebPublishMethod>
    <ResourceId>/subscriptions/«guid#subscription»/resourceGroups/rg-fernweh-prod/providers/Microsoft.Web/sites/app-fernweh-portal-prod</ResourceId>  ⟦D pubxml-resourceid⟧
    <ResourceGroup>rg-fernweh-prod</ResourceGroup>
    <PublishProvider>AzureWebSite</PublishProvider>
    <LastUsedBuildConfiguration>Release</LastUsedBuildConfiguration>
    <LastUsedPlatform>Any CPU</LastUsedPlatform>
    <SiteUrlToLaunchAfterPublish>https://app-fernweh-portal-prod.azurewebsites.net</SiteUrlToLaunchAfterPublish>
    <LaunchSiteAfterPublish>true</LaunchSiteAfterPublish>
    <ExcludeApp_Data>false</ExcludeApp_Data>
    <ProjectGuid>«guid#api-project»</ProjectGuid>  ⟦D pubxml-projectguid⟧
    <MSDeployServiceURL>app-fernweh-portal-prod.scm.azurewebsites.net:443</MSDeployServiceURL>
    <DeployIisAppPath>app-fernweh-portal-prod</DeployIisAppPath>
    <RemoteSitePhysicalPath />
    <SkipExtraFilesOnServer>true</SkipExtraFilesOnServer>
    <MSDeployPublishMethod>WMSVC</MSDeployPublishMethod>
    <EnableMSDeployBackup>true</EnableMSDeployBackup>
    <UserName>$app-fernweh-portal-prod</UserName>
    <Password>$(PublishPassword)</Password>  ⟦D pubxml-msbuild-var⟧
    <_SavePWD>false</_SavePWD>
    <TargetFramework>net8.0</TargetFramework>
    <SelfContained>false</SelfContained>
  </PropertyGroup>
</Project>
