using System.Globalization;
using System.IO.Enumeration;
using System.IO.Hashing;
using System.Text;
using StaticNews.Text;

namespace StaticNews.Output;

/// <summary>
/// A hash of a folder's listing: every file's path (relative, '/'-separated) and size. Each file
/// is hashed on its own and the hashes are added up, so the order in which the walk meets the
/// files does not matter: no path strings are built, gathered and sorted (output/ holds several
/// files per article; its walk ran on every build). The same hash comes from a list of
/// paths and sizes (<see cref="Of(IEnumerable{KeyValuePair{string, long}})"/>), so a build can
/// say what output/ will hash to without walking it again.
/// </summary>
public static class OutputListing
{
    /// <summary>The listing hash of the files under <paramref name="folder"/>; its top-level folders are walked in parallel.</summary>
    public static string Of(string folder)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var sum = new Sum();
        void Walk(string start, bool recurse)
        {
            // Each file's hash is added to the walk's own sum as the walk meets it, and the walk
            // yields that sum: a class, so the framework's enumerator is its shared, precompiled
            // code (over a struct, a hash, it is compiled at every start and runs unoptimised).
            var part = new Sum();
            using var entries = new FileSystemEnumerable<Sum>(start, (ref FileSystemEntry entry) => part.Add(EntryHash(ref entry, root.Length)),
                new EnumerationOptions { RecurseSubdirectories = recurse, AttributesToSkip = 0 })
            { ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory }.GetEnumerator();
            while (entries.MoveNext())
            {
            }
            lock (sum) sum.Add(part);
        }
        Walk(root, recurse: false);
        Parallel.ForEach(Directory.EnumerateDirectories(root, "*", new EnumerationOptions { AttributesToSkip = 0 }), sub => Walk(sub, recurse: true));
        return sum.ToString();
    }

    /// <summary>The listing hash a folder holding exactly these files (relative path → size) has.</summary>
    public static string Of(IEnumerable<KeyValuePair<string, long>> files)
    {
        var sum = new Sum();
        foreach (var (path, size) in files) sum.Add(EntryHash(path, size));
        return sum.ToString();
    }

    private static UInt128 EntryHash(ref FileSystemEntry entry, int rootLength)
    {
        var folder = entry.Directory.Length > rootLength ? entry.Directory[rootLength..] : [];
        var name = entry.FileName;
        var length = folder.Length + (folder.IsEmpty ? 0 : 1) + name.Length;
        Span<char> path = length <= 512 ? stackalloc char[length] : new char[length];
        folder.CopyTo(path);
        if (!folder.IsEmpty) path[folder.Length] = '/';
        name.CopyTo(path[(length - name.Length)..]);
        if (Path.DirectorySeparatorChar != '/') path.Replace(Path.DirectorySeparatorChar, '/');
        return EntryHash(path, entry.Length);
    }

    private static UInt128 EntryHash(ReadOnlySpan<char> path, long size)
    {
        Span<char> sizeText = stackalloc char[20];
        size.TryFormat(sizeText, out var sizeLength, provider: CultureInfo.InvariantCulture);
        var byteCount = Encoding.UTF8.GetByteCount(path) + 1 + sizeLength;
        Span<byte> line = byteCount <= 1024 ? stackalloc byte[byteCount] : new byte[byteCount];
        var at = Encoding.UTF8.GetBytes(path, line);
        line[at++] = (byte)'\t';
        Encoding.UTF8.GetBytes(sizeText[..sizeLength], line[at..]);
        // A fast 128-bit hash, not a cryptographic one: this notices files changed by hand or by
        // accident, and whoever can write to output/ needs no hash collision to change the site.
        return XxHash128.HashToUInt128(line);
    }

    /// <summary>Per-file hashes added up (wrapping), with their count: equal sums mean equal listings, whatever the order.</summary>
    private sealed class Sum
    {
        private UInt128 _total;
        private long _count;

        public Sum Add(UInt128 hash)
        {
            unchecked { _total += hash; }
            _count++;
            return this;
        }

        public void Add(Sum other)
        {
            unchecked { _total += other._total; }
            _count += other._count;
        }

        public override string ToString()
        {
            // The total as two words of hex (HexWords), not UInt128's own formatting, whose generic code is compiled at every start.
            Span<char> hex = stackalloc char[32];
            HexWords.Write([(ulong)(_total >> 64), (ulong)_total], hex);
            return string.Concat(_count.ToString(CultureInfo.InvariantCulture), "-", hex);
        }
    }
}
