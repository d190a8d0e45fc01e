using System.Security.Cryptography;
using System.Text;

namespace StaticNews.Text;

/// <summary>Short, stable content fingerprints (SHA-256, hex) for change detection.</summary>
public static class ContentHash
{
    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    public static string Of(ReadOnlySpan<byte> bytes)
        => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
