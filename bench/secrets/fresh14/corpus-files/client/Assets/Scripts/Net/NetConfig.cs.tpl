using UnityEngine;

namespace Pixelforge.Skyraid.Net
{
    /// <summary>
    /// Endpoints and public ids the client needs. Everything in here ships inside the player build, so nothing in
    /// this file may be a secret: server-side keys stay in Nakama's runtime env and the web shop's vault.
    /// </summary>
    [CreateAssetMenu(menuName = "Skyraid/Net Config")]
    public class NetConfig : ScriptableObject
    {
        public enum Environment { Local, Staging, Production }

        public Environment environment = Environment.Production;

        [Header("Nakama")]
        public string nakamaScheme = "https";
        public string nakamaHost = "mm.skyraid.pixelforge.games";
        public int nakamaPort = 443;
        // Nakama's server key is sent by every client to open a session; it is not an admin credential
        public string nakamaServerKey = "skyraid-client"; ⟦D net-serverkey⟧

        [Header("PlayFab")]
        public string playFabTitleId = "«playfab_title#prod»"; ⟦D net-playfab-title⟧

        [Header("Photon (mobile co-op)")]
        public string photonAppIdRealtime = "«photon#realtime»"; ⟦D net-photon⟧
        public string photonAppIdChat = "«photon#chat»"; ⟦D net-photon-chat⟧
        public string photonRegion = "eu";

        [Header("Unity Gaming Services")]
        public string ugsProjectId = "«uuid#ugsproject»"; ⟦D net-ugs-project⟧
        public string ugsEnvironmentIdProd = "«uuid#ugsenvprod»"; ⟦D net-ugs-env⟧
        public string ugsEnvironmentIdStaging = "«uuid#ugsenvstaging»"; ⟦D net-ugs-env2⟧

        public string NakamaUrl => $"{nakamaScheme}://{nakamaHost}:{nakamaPort}";

        public static NetConfig Load() => Resources.Load<NetConfig>("NetConfig");
    }
}
