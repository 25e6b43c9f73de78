using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Fernweh.Gds.Amadeus;

public sealed class AmadeusOptions
{
    public string BaseUrl { get; set; } = "https://test.api.amadeus.com";
    public string ApiKey { get; set; } = string.Empty;
    public string ApiSecret { get; set; } = string.Empty;  ⟦D amadeus-options-empty⟧
}

/// <summary>
/// OAuth2 client-credentials token for the Amadeus Self-Service APIs. Tokens live 30 minutes; we cache them
/// for 25 so a request never goes out with a token that expires in flight.
/// </summary>
public sealed class AmadeusTokenClient
{
    private const string CacheKey = "amadeus:access_token";
    private readonly HttpClient _http;
    private readonly IMemoryCache _cache;
    private readonly AmadeusOptions _options;

    public AmadeusTokenClient(HttpClient http, IMemoryCache cache, IOptions<AmadeusOptions> options)
    {
        _http = http;
        _cache = cache;
        _options = options.Value;
    }

    public async Task<string> GetTokenAsync(CancellationToken ct)
    {
        if (_cache.TryGetValue(CacheKey, out string? cached) && cached is not null)
            return cached;

        // TODO(tobias): remove the fallback once everyone has user secrets set up
        var clientSecret = string.IsNullOrEmpty(_options.ApiSecret) ? "«amadeus_secret#fallback»" : _options.ApiSecret;  ⟦S amadeus-fallback-secret⟧
        var clientId = string.IsNullOrEmpty(_options.ApiKey) ? "«amadeus_key#fallback»" : _options.ApiKey;  ⟦S amadeus-fallback-key⟧

        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        });
        using var resp = await _http.PostAsync($"{_options.BaseUrl}/v1/security/oauth2/token", body, ct);
        resp.EnsureSuccessStatusCode();
        var token = await resp.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken: ct)
                    ?? throw new InvalidOperationException("Amadeus returned an empty token response");

        _cache.Set(CacheKey, token.AccessToken, TimeSpan.FromMinutes(25));
        return token.AccessToken;
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("token_type")] string TokenType);
}
