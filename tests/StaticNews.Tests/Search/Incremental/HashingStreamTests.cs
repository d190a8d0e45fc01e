using System.Security.Cryptography;
using StaticNews.Search.Incremental;

namespace StaticNews.Tests.Search.Incremental;

public sealed class HashingStreamTests
{
    [Fact]
    public void Bytes_pass_on_unchanged_and_their_hash_is_SHA_256_of_them_all()
    {
        using var inner = new MemoryStream();
        var hashing = new HashingStream(inner);
        hashing.Write([1, 2, 3], 1, 2);
        hashing.Write(new byte[] { 4, 5 });
        var hash = hashing.Hash();

        Assert.Equal([2, 3, 4, 5], inner.ToArray());
        Assert.Equal(SHA256.HashData(new byte[] { 2, 3, 4, 5 }), hash);
        hashing.Dispose();
        Assert.True(inner.CanWrite);
    }
}
