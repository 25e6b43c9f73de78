%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_CorrespondingSourceObject: {fileID: 0}
  m_PrefabInstance: {fileID: 0}
  m_PrefabAsset: {fileID: 0}
  m_GameObject: {fileID: 0}
  m_Enabled: 1
  m_EditorHideFlags: 0
  m_Script: {fileID: 11500000, guid: «unity_guid#photonscript», type: 3} ⟦D photon-scriptguid⟧
  m_Name: PhotonServerSettings
  m_EditorClassIdentifier: 
  AppSettings:
    AppIdRealtime: «photon#realtime» ⟦D photon-appid⟧
    AppIdFusion: 
    AppIdChat: «photon#chat» ⟦D photon-chat⟧
    AppIdVoice: 
    AppVersion: 1.3
    UseNameServer: 1
    FixedRegion: eu
    BestRegionSummaryFromStorage: 
    Server: 
    Port: 0
    ProxyServer: 
    Protocol: 0
    EnableProtocolFallback: 1
    AuthMode: 0
    EnableLobbyStatistics: 0
    NetworkLogging: 1
  PunLogging: 0
  EnableSupportLogger: 0
  RunInBackground: 1
  StartInOfflineMode: 0
  RpcList: []
