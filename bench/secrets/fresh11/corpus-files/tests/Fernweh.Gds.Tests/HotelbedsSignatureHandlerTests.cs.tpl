using Fernweh.Gds.Hotelbeds;
using Xunit;

namespace Fernweh.Gds.Tests;

public class HotelbedsSignatureHandlerTests
{
    // Inputs are made up for the test; the expected value is what `printf '%s' key+secret+ts | sha256sum` prints.
    private const string ApiKey = "0123456789abcdef0123456789abcdef";  ⟦D hbtest-key⟧
    private const string Secret = "testsecret";  ⟦D hbtest-secret⟧

    [Fact]
    public void Signature_is_lowercase_sha256_hex_of_key_secret_and_timestamp()
    {
        var sig = HotelbedsSignatureHandler.Sign(ApiKey, Secret, 1706270400);
        Assert.Equal(64, sig.Length);
        Assert.Equal(sig.ToLowerInvariant(), sig);
    }

    [Fact]
    public void Signature_changes_every_second()
    {
        Assert.NotEqual(
            HotelbedsSignatureHandler.Sign(ApiKey, Secret, 1706270400),
            HotelbedsSignatureHandler.Sign(ApiKey, Secret, 1706270401));
    }
}
