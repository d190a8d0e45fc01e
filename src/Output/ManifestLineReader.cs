using System.Buffers.Text;
using System.Text;
using StaticNews.Text;

namespace StaticNews.Output;

/// <summary>
/// Reads the lines of an output manifest (<see cref="OutputManifest"/>) and of the spare's
/// difference (<see cref="SpareDifference"/>), which share them; <see cref="ManifestLineWriter"/>
/// writes them. Lines are cut from the UTF-8 bytes as spans: only each path becomes a string (a
/// line string per file would be a rebuild's largest allocation), a hash and a page key are read
/// from their bytes as numbers, and any other key's text is made once however many lines name it.
/// </summary>
internal sealed class ManifestLineReader
{
    // Strict: a path that is not UTF-8 means the file is damaged, not a name to guess at.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly char[] _key = new char[128];
    private readonly TextPool _keyTexts = new();

    /// <summary>The path and entry of a line (path, size, hash and key, tab-separated), or false when it is not one.</summary>
    public bool TryEntry(ReadOnlySpan<byte> line, out string path, out OutputManifest.Entry entry)
    {
        path = "";
        entry = default;
        try
        {
            if (!TryField(ref line, out var pathBytes) || !TryField(ref line, out var size) || !TryField(ref line, out var hash)
                || line.Contains((byte)'\t')) return false;
            if (!Utf8Parser.TryParse(size, out long length, out var consumed) || consumed != size.Length || length < 0) return false;
            if (!FileHash.TryParse(hash, out var fileHash)) return false;
            path = Utf8.GetString(pathBytes);
            entry = new OutputManifest.Entry(length, fileHash, Key(line));
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The key field: a page key's hex read from the bytes as they are, any other key decoded.</summary>
    private OutputKey Key(ReadOnlySpan<byte> field)
        => OutputKey.TryHex(field, out var hex) ? hex
            : OutputKey.Of(field.Length <= _key.Length ? _key.AsSpan(0, Utf8.GetChars(field, _key)) : Utf8.GetString(field), _keyTexts);

    /// <summary>A line that is a path alone (no tab), or false when it is not one.</summary>
    public static bool TryPath(ReadOnlySpan<byte> line, out string path)
    {
        path = "";
        if (line.IsEmpty || line.Contains((byte)'\t')) return false;
        try
        {
            path = Utf8.GetString(line);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Cuts the field before the next tab off <paramref name="line"/>; false when there is no tab.</summary>
    private static bool TryField(ref ReadOnlySpan<byte> line, out ReadOnlySpan<byte> field)
    {
        var tab = line.IndexOf((byte)'\t');
        field = tab < 0 ? default : line[..tab];
        line = tab < 0 ? line : line[(tab + 1)..];
        return tab >= 0;
    }
}
