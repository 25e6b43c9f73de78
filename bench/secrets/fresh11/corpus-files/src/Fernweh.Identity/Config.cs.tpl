using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace Fernweh.Identity;

public static class Config
{
    public static IEnumerable<IdentityResource> IdentityResources =>
    [
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
        new IdentityResource("agency", ["agency_number", "agency_role"]),
    ];

    public static IEnumerable<ApiScope> ApiScopes =>
    [
        new ApiScope("portal.api", "Agenturportal API"),
        new ApiScope("portal.bookings.write", "Buchungen anlegen und ändern"),
    ];

    public static IEnumerable<Client> Clients =>
    [
        // Blazor WASM: public client, PKCE, no secret
        new Client
        {
            ClientId = "fernweh-blazor",
            AllowedGrantTypes = GrantTypes.Code,
            RequirePkce = true,
            RequireClientSecret = false,
            RedirectUris = { "https://agenturen.fernweh-reisen.de/authentication/login-callback" },
            PostLogoutRedirectUris = { "https://agenturen.fernweh-reisen.de/" },
            AllowedCorsOrigins = { "https://agenturen.fernweh-reisen.de" },
            AllowedScopes = { "openid", "profile", "agency", "portal.api", "portal.bookings.write" },
        },

        // MAUI agent app: public native client
        new Client
        {
            ClientId = "fernweh-agents-app",
            AllowedGrantTypes = GrantTypes.Code,
            RequirePkce = true,
            RequireClientSecret = false,
            RedirectUris = { "de.fernwehreisen.agents://callback" },
            AllowOfflineAccess = true,
            AllowedScopes = { "openid", "profile", "agency", "portal.api" },
        },

        // reservation system (core) pushes status changes into the portal API
        new Client
        {
            ClientId = "fernweh-core-sync",
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            ClientSecrets = { new Secret("«pwr#core-sync-client»".Sha256()) },  ⟦S duende-secret-plain⟧
            AllowedScopes = { "portal.api", "portal.bookings.write" },
        },

        // the BI team's nightly export; secret stored as its SHA-256 (created with `"…".Sha256()` once)
        new Client
        {
            ClientId = "fernweh-bi-export",
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            ClientSecrets = { new Secret("«sha256_b64#bi-export»") },  ⟦D duende-secret-hashed⟧
            AllowedScopes = { "portal.api" },
        },
    ];
}
