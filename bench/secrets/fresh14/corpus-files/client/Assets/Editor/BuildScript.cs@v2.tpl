using System;
using System.IO;
using System.Linq;
using UnityEditor;
using UnityEditor.Build.Reporting;
using UnityEngine;

namespace Pixelforge.Skyraid.EditorTools
{
    /// <summary>Entry points for Jenkins: -executeMethod Pixelforge.Skyraid.EditorTools.BuildScript.Android</summary>
    public static class BuildScript
    {
        static string[] Scenes => EditorBuildSettings.scenes.Where(s => s.enabled).Select(s => s.path).ToArray();

        static string Arg(string name, string fallback = null)
        {
            var args = Environment.GetCommandLineArgs();
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        public static void Android()
        {
            PlayerSettings.Android.useCustomKeystore = true;
            PlayerSettings.Android.keystoreName = "Keystore/skyraid-upload.keystore";
            PlayerSettings.Android.keystorePass = Environment.GetEnvironmentVariable("SKYRAID_KEYSTORE_PASS"); ⟦D bs-env1⟧
            PlayerSettings.Android.keyaliasName = "skyraid-upload";
            PlayerSettings.Android.keyaliasPass = Environment.GetEnvironmentVariable("SKYRAID_KEYALIAS_PASS"); ⟦D bs-env2⟧
            EditorUserBuildSettings.buildAppBundle = true;
            Build(BuildTarget.Android, $"Builds/Android/skyraid-{Arg("-buildNumber", "0")}.aab");
        }

        public static void iOS() => Build(BuildTarget.iOS, "Builds/iOS");

        public static void Windows() => Build(BuildTarget.StandaloneWindows64, "Builds/Win64/Skyraid.exe");

        static void Build(BuildTarget target, string path)
        {
            var report = BuildPipeline.BuildPlayer(new BuildPlayerOptions
            {
                scenes = Scenes,
                locationPathName = path,
                target = target,
                options = BuildOptions.CompressWithLz4HC,
            });
            if (report.summary.result != BuildResult.Succeeded)
            {
                Debug.LogError($"Build failed: {report.summary.totalErrors} errors");
                EditorApplication.Exit(1);
            }
        }
    }
}
