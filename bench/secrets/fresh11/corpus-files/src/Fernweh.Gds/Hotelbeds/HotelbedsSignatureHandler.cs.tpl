using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Fernweh.Gds.Hotelbeds;

public sealed class HotelbedsOptions
{
    public string BaseUrl { get; set; } = "https://api.test.hotelbeds.com";
    public string ApiKey { get; set; } = string.Empty;
    public string Secret { get; set; } = string.Empty;
}

/// <summary>
/// Hotelbeds APItude wants two headers on every call: Api-key and X-Signature = SHA256(apiKey + secret + unixSeconds),
/// lower-case hex. The signature is only valid for a few minutes, so it is computed per request.
/// </summary>
public sealed class HotelbedsSignatureHandler : DelegatingHandler
{
    private readonly HotelbedsOptions _options;
    private readonly TimeProvider _clock;

    public HotelbedsSignatureHandler(IOptions<HotelbedsOptions> options, TimeProvider clock)
    {
        _options = options.Value;
        _clock = clock;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var ts = _clock.GetUtcNow().ToUnixTimeSeconds();
        request.Headers.Remove("Api-key");
        request.Headers.Remove("X-Signature");
        request.Headers.Add("Api-key", _options.ApiKey);
        request.Headers.Add("X-Signature", Sign(_options.ApiKey, _options.Secret, ts));
        request.Headers.Accept.ParseAdd("application/json");
        return base.SendAsync(request, ct);
    }

    public static string Sign(string apiKey, string secret, long unixSeconds)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(apiKey + secret + unixSeconds));
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }
}
