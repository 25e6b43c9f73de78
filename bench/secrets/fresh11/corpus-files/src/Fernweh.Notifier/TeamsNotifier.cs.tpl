using System.Net.Http.Json;

namespace Fernweh.Notifier;

/// <summary>
/// Posts option-expiry and failed-sync alerts to the "Agenturportal – Betrieb" channel in Teams, and mirrors them to
/// the Slack workspace the call-centre contractor uses.
/// </summary>
public sealed class TeamsNotifier(HttpClient http, IConfiguration config, ILogger<TeamsNotifier> log)
{
    // channel "Agenturportal – Betrieb" (incoming webhook connector, created by Tobias)
    private const string DefaultWebhook = "«teams_hook#betrieb»";  ⟦S teams-webhook-const⟧

    public async Task SendAsync(string title, string text, string themeColor = "0E6E8C", CancellationToken ct = default)
    {
        var url = config["Notifier:TeamsWebhookUrl"] ?? DefaultWebhook;
        var card = new
        {
            @type = "MessageCard",
            @context = "https://schema.org/extensions",
            themeColor,
            summary = title,
            sections = new[] { new { activityTitle = title, text } },
        };
        using var resp = await http.PostAsJsonAsync(url, card, ct);
        if (!resp.IsSuccessStatusCode)
            log.LogWarning("Teams webhook answered {Status}", (int)resp.StatusCode);

        var slack = config["Notifier:SlackWebhookUrl"];
        if (!string.IsNullOrEmpty(slack))
            await http.PostAsJsonAsync(slack, new { text = $"*{title}*\n{text}" }, ct);
    }
}
