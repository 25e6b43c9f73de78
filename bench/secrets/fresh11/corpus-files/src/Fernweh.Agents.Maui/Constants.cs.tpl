namespace Fernweh.Agents;

public static class Constants
{
    public const string ApiBaseUrl = "https://api.fernweh-reisen.de/";
    public const string Authority = "https://login.fernweh-reisen.de";
    public const string ClientId = "fernweh-agents-app";
    public const string RedirectUri = "de.fernwehreisen.agents://callback";
    public const string Scopes = "openid profile agency portal.api offline_access";

    // Native apps are public clients (PKCE); there is deliberately no client secret in the app.
    public const string? ClientSecret = null;  ⟦D maui-nosecret⟧

    // Key names in SecureStorage – the values live in the Keychain / Android Keystore only
    public const string RefreshTokenKey = "fw_refresh_token";  ⟦D maui-securestorage-key⟧
    public const string AccessTokenKey = "fw_access_token";
}
