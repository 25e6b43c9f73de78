using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Fernweh.Gds.Sabre;

/// <summary>
/// Sabre REST "v2/auth/token": Basic base64(base64(clientId) + ":" + base64(password)), grant_type=client_credentials.
/// Tokens are valid for 7 days; we refresh after 6.
/// </summary>
public sealed class SabreTokenProvider(HttpClient http)
{
    private const string CertUrl = "https://api.cert.platform.sabre.com";
    private const string ClientId = "«sabre_client:7971»";  ⟦D sabre-clientid⟧
    private const string Password = "«sabre_pw#cert»";  ⟦S sabre-password-const⟧

    private string? _token;
    private DateTimeOffset _expires;

    public async Task<string> GetAsync(CancellationToken ct)
    {
        if (_token is not null && DateTimeOffset.UtcNow < _expires) return _token;

        static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s));
        var basic = B64($"{B64(ClientId)}:{B64(Password)}");

        using var req = new HttpRequestMessage(HttpMethod.Post, $"{CertUrl}/v2/auth/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        using var resp = await http.SendAsync(req, ct);
        resp.EnsureSuccessStatusCode();
        var body = await resp.Content.ReadFromJsonAsync<Dictionary<string, object>>(cancellationToken: ct);
        _token = body!["access_token"].ToString();
        _expires = DateTimeOffset.UtcNow.AddDays(6);
        return _token!;
    }
}
