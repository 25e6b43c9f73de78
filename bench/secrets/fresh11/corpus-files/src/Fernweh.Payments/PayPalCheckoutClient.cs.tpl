using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Fernweh.Payments;

public sealed record PayPalOptions(string Mode, string ClientId, string ClientSecret)
{
    public string ApiBase => Mode == "live" ? "https://api-m.paypal.com" : "https://api-m.sandbox.paypal.com";
}

/// <summary>Deposit payments by agencies that have no SEPA mandate yet (PayPal Orders v2).</summary>
public sealed class PayPalCheckoutClient(HttpClient http, PayPalOptions options)
{
    private async Task<string> AccessTokenAsync(CancellationToken ct)
    {
        var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{options.ClientId}:{options.ClientSecret}"));  ⟦D paypal-basic-interp⟧
        using var req = new HttpRequestMessage(HttpMethod.Post, $"{options.ApiBase}/v1/oauth2/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        using var resp = await http.SendAsync(req, ct);
        resp.EnsureSuccessStatusCode();
        var json = await resp.Content.ReadFromJsonAsync<Dictionary<string, object>>(cancellationToken: ct);
        return json!["access_token"].ToString()!;
    }

    public async Task<string> CreateDepositOrderAsync(string bookingNumber, decimal amount, CancellationToken ct)
    {
        var token = await AccessTokenAsync(ct);
        using var req = new HttpRequestMessage(HttpMethod.Post, $"{options.ApiBase}/v2/checkout/orders");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        req.Headers.Add("PayPal-Request-Id", $"deposit-{bookingNumber}");
        req.Content = JsonContent.Create(new
        {
            intent = "CAPTURE",
            purchase_units = new[]
            {
                new { reference_id = bookingNumber, amount = new { currency_code = "EUR", value = amount.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) } },
            },
        });
        using var resp = await http.SendAsync(req, ct);
        resp.EnsureSuccessStatusCode();
        var created = await resp.Content.ReadFromJsonAsync<Dictionary<string, object>>(cancellationToken: ct);
        return created!["id"].ToString()!;
    }
}
