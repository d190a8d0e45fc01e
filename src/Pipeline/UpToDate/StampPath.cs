namespace StaticNews.Pipeline.UpToDate;

/// <summary>
/// How a stamp names a file: "label/relative/path" ("input/seeds/a.txt", "theme/layouts/base.liquid"),
/// '/'-separated whatever the system, relative to the label's folder. Only the system's separator
/// becomes '/': on Linux a backslash is part of a name.
/// </summary>
internal static class StampPath
{
    /// <summary>The stamp path of <paramref name="file"/> (a path in <paramref name="folder"/>) under <paramref name="label"/>.</summary>
    public static string Of(string label, string folder, string file)
        => label + "/" + Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The length of the stamp path <see cref="Spell"/> spells.</summary>
    public static int LengthOf(string label, ReadOnlySpan<char> folder, ReadOnlySpan<char> name)
        => label.Length + 1 + folder.Length + (folder.IsEmpty ? 0 : 1) + name.Length;

    /// <summary>
    /// The stamp path of the file <paramref name="name"/> in <paramref name="folder"/> (relative to
    /// the label's folder; empty for that folder itself) under <paramref name="label"/>, spelt into
    /// the first <see cref="LengthOf"/> characters of <paramref name="into"/>: what <see cref="Of"/>
    /// makes, without a string, to look a stamp up by.
    /// </summary>
    public static ReadOnlySpan<char> Spell(string label, ReadOnlySpan<char> folder, ReadOnlySpan<char> name, Span<char> into)
    {
        var span = into[..LengthOf(label, folder, name)];
        label.CopyTo(span);
        span[label.Length] = '/';
        var at = label.Length + 1;
        if (!folder.IsEmpty)
        {
            folder.CopyTo(span[at..]);
            span.Slice(at, folder.Length).Replace(Path.DirectorySeparatorChar, '/');
            at += folder.Length;
            span[at++] = '/';
        }
        name.CopyTo(span[at..]);
        return span;
    }

    /// <summary>The file <paramref name="stampPath"/> names in <paramref name="folder"/> (its label's folder, made full).</summary>
    // Where '/' is the separator the stamp's part past its label is joined as it stands, making one string per file, not two.
    public static string Full(string folder, string stampPath)
        => Path.DirectorySeparatorChar == '/'
            ? Path.Join(folder.AsSpan(), stampPath.AsSpan(stampPath.IndexOf('/') + 1))
            : Path.Join(folder, stampPath[(stampPath.IndexOf('/') + 1)..].Replace('/', Path.DirectorySeparatorChar));
}
