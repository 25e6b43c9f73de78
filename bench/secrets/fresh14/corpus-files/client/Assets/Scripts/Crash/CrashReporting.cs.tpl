using Sentry.Unity;
using UnityEngine;

namespace Pixelforge.Skyraid.Crash
{
    /// <summary>Sentry for managed exceptions, Backtrace for native crashes (IL2CPP minidumps).</summary>
    public static class CrashReporting
    {
        // DSNs only allow sending events; they are meant to ship in the client
        const string SentryDsn = "«sentry_dsn#client»"; ⟦D cr-dsn⟧
        const string BacktraceUniverse = "pixelforge";

        [RuntimeInitializeOnLoadMethod(RuntimeInitializeLoadType.BeforeSceneLoad)]
        static void Init()
        {
            SentryUnity.Init(o =>
            {
                o.Dsn = SentryDsn;
                o.Release = $"skyraid@{Application.version}";
                o.Environment = Debug.isDebugBuild ? "dev" : "production";
                o.TracesSampleRate = 0.05;
                o.AttachScreenshot = false;
            });
        }
    }
}
