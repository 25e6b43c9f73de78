<Project Sdk="Microsoft.NET.Sdk">

  <PropertyGroup>
    <TargetFrameworks>net8.0-android;net8.0-ios</TargetFrameworks>
    <OutputType>Exe</OutputType>
    <RootNamespace>Fernweh.Agents</RootNamespace>
    <UseMaui>true</UseMaui>
    <SingleProject>true</SingleProject>
    <ApplicationTitle>Fernweh Agenten</ApplicationTitle>
    <ApplicationId>de.fernwehreisen.agents</ApplicationId>
    <ApplicationIdGuid>«guid#maui-app»</ApplicationIdGuid>  ⟦D maui-appguid⟧
    <ApplicationDisplayVersion>1.3.0</ApplicationDisplayVersion>
    <ApplicationVersion>14</ApplicationVersion>
    <SupportedOSPlatformVersion Condition="$([MSBuild]::GetTargetPlatformIdentifier('$(TargetFramework)')) == 'android'">26.0</SupportedOSPlatformVersion>
    <SupportedOSPlatformVersion Condition="$([MSBuild]::GetTargetPlatformIdentifier('$(TargetFramework)')) == 'ios'">15.0</SupportedOSPlatformVersion>
  </PropertyGroup>

  <PropertyGroup Condition="'$(TargetFramework)' == 'net8.0-android' and '$(Configuration)' == 'Release'">
    <AndroidPackageFormat>aab</AndroidPackageFormat>
    <AndroidKeyStore>true</AndroidKeyStore>
    <AndroidSigningKeyStore>fernweh-agents.keystore</AndroidSigningKeyStore>
    <AndroidSigningKeyAlias>fernweh-upload</AndroidSigningKeyAlias>
    <AndroidSigningStorePass>«storepw#android-store»</AndroidSigningStorePass>  ⟦S maui-storepass⟧
    <AndroidSigningKeyPass>«storepw#android-store»</AndroidSigningKeyPass>  ⟦S maui-keypass⟧
  </PropertyGroup>

  <PropertyGroup Condition="'$(TargetFramework)' == 'net8.0-ios' and '$(Configuration)' == 'Release'">
    <CodesignKey>Apple Distribution: Fernweh Reisen GmbH («upper:10#apple-team»)</CodesignKey>  ⟦D maui-codesign⟧
    <CodesignProvision>Fernweh Agents AppStore</CodesignProvision>
  </PropertyGroup>

  <ItemGroup>
    <MauiIcon Include="Resources\AppIcon\appicon.svg" ForegroundFile="Resources\AppIcon\appiconfg.svg" Color="#0E6E8C" />
    <MauiSplashScreen Include="Resources\Splash\splash.svg" Color="#0E6E8C" BaseSize="128,128" />
    <MauiFont Include="Resources\Fonts\*" />
    <EmbeddedResource Update="Resources\Strings\AppResources.resx" Generator="ResXFileCodeGenerator" LastGenOutput="AppResources.Designer.cs" />
  </ItemGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.Maui.Controls" Version="8.0.21" />
    <PackageReference Include="CommunityToolkit.Mvvm" Version="8.2.2" />
    <PackageReference Include="IdentityModel.OidcClient" Version="5.2.1" />
  </ItemGroup>

</Project>
