using System;
using System.Security.Cryptography;
using System.Text;

namespace Pixelforge.Skyraid.Save
{
    /// <summary>
    /// Cloud saves are signed by the server (RSA-PSS in the Nakama module); the client only verifies. The public
    /// key below is safe to ship, the private half lives in the server's Secret Manager.
    /// </summary>
    public static class SaveSigning
    {
        public const string ServerPublicKeyPem =
            "-----BEGIN PUBLIC KEY-----\n" +
            "«rsa_spki_b64#save»\n" + ⟦D sv-pub⟧
            "-----END PUBLIC KEY-----";

        // salt mixed into the local save checksum; it only detects accidental corruption, not tampering
        const string ChecksumSalt = "skyraid-save-v3"; ⟦D sv-salt⟧

        public static string Checksum(string json)
        {
            using var sha = SHA256.Create();
            var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(ChecksumSalt + json));
            return Convert.ToBase64String(bytes);
        }
    }
}
