using Azure.Messaging.ServiceBus;
using Microsoft.Azure.Cosmos;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using System.Text.Json;

namespace Fernweh.Functions;

/// <summary>
/// Booking events from the reservation system (option created, confirmed, cancelled) land on Service Bus; we keep
/// a denormalised copy per agency in Cosmos so the portal's "Meine Buchungen" page never touches the core DB.
/// </summary>
public sealed class BookingSyncFunction(CosmosClient cosmos, ILogger<BookingSyncFunction> log)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Function(nameof(BookingSyncFunction))]
    public async Task Run(
        [ServiceBusTrigger("%BookingQueueName%", Connection = "ServiceBusConnection")] ServiceBusReceivedMessage message,  ⟦D fn-connection-name⟧
        ServiceBusMessageActions actions,
        CancellationToken ct)
    {
        var evt = JsonSerializer.Deserialize<BookingEvent>(message.Body, Json)
                  ?? throw new InvalidOperationException($"message {message.MessageId} has no body");
        var container = cosmos.GetContainer(Environment.GetEnvironmentVariable("CosmosDatabase"), Environment.GetEnvironmentVariable("CosmosContainer"));

        try
        {
            await container.UpsertItemAsync(evt.ToDocument(), new PartitionKey(evt.AgencyNumber), cancellationToken: ct);
            await actions.CompleteMessageAsync(message, ct);
            log.LogInformation("Synced {BookingNumber} ({Status}) for agency {Agency}", evt.BookingNumber, evt.Status, evt.AgencyNumber);
        }
        catch (CosmosException ex) when (ex.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
        {
            log.LogWarning("Cosmos throttled, abandoning {MessageId} for retry in {RetryAfter}", message.MessageId, ex.RetryAfter);
            await actions.AbandonMessageAsync(message, cancellationToken: ct);
        }
    }
}

public sealed record BookingEvent(string BookingNumber, string AgencyNumber, string Status, DateOnly TravelFrom, decimal TotalPrice)
{
    public object ToDocument() => new { id = BookingNumber, agencyNumber = AgencyNumber, status = Status, travelFrom = TravelFrom, totalPrice = TotalPrice, syncedUtc = DateTime.UtcNow };
}
