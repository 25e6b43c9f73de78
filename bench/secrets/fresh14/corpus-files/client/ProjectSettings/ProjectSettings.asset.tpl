%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!129 &1
PlayerSettings:
  m_ObjectHideFlags: 0
  serializedVersion: 26
  productGUID: «unity_guid#productguid» ⟦D ps-productguid⟧
  AndroidProfiler: 0
  AndroidFilterTouchesWhenObscured: 0
  AndroidEnableSustainedPerformanceMode: 0
  defaultScreenOrientation: 3
  targetDevice: 2
  useOnDemandResources: 0
  accelerometerFrequency: 60
  companyName: Pixelforge
  productName: Skyraid
  defaultCursor: {fileID: 0}
  cursorHotspot: {x: 0, y: 0}
  m_SplashScreenBackgroundColor: {r: 0.13725491, g: 0.12156863, b: 0.1254902, a: 1}
  m_ShowUnitySplashScreen: 0
  defaultScreenWidth: 1920
  defaultScreenHeight: 1080
  runInBackground: 1
  bundleVersion: 1.3.0
  AndroidBundleVersionCode: 130
  AndroidMinSdkVersion: 24
  AndroidTargetSdkVersion: 34
  applicationIdentifier:
    Android: games.pixelforge.skyraid
    iPhone: games.pixelforge.skyraid
    Standalone: games.pixelforge.skyraid
  buildNumber:
    iPhone: 130
  iOSTargetOSVersionString: 13.0
  appleDeveloperTeamID: «upper:10#appleteam» ⟦D ps-team⟧
  iOSManualSigningProvisioningProfileID: «uuid#profile» ⟦D ps-profile⟧
  AndroidKeystoreName: '{inproject}: Keystore/skyraid-upload.keystore'
  AndroidKeyaliasName: skyraid-upload
  AndroidUseCustomKeystore: 1
  cloudProjectId: «uuid#cloudproject» ⟦D ps-cloudproject⟧
  projectName: Skyraid
  organizationId: pixelforge-games
  cloudEnabled: 0
  scriptingDefineSymbols:
    Android: SKYRAID_MOBILE;PHOTON_UNITY_NETWORKING;EOS_DISABLE
    Standalone: SKYRAID_PC;STEAMWORKS_NET;EOS_ENABLED
    iPhone: SKYRAID_MOBILE;PHOTON_UNITY_NETWORKING;EOS_DISABLE
  il2cppCompilerConfiguration: {}
  managedStrippingLevel:
    Android: 2
    iPhone: 2
  apiCompatibilityLevel: 6
  activeInputHandler: 2
