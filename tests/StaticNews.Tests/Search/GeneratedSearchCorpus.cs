using StaticNews.Search.Analysis;


namespace StaticNews.Tests.Search;

/// <summary>
/// A seeded corpus for the search tests: a few words in most articles (as "sikkerheden" is in
/// 88 % of the generated archive), some in many, others rare, a recurring phrase, shared
/// prefixes, and location, tag and year filters from broad to narrow.
/// </summary>
internal static class GeneratedSearchCorpus
{
    /// <summary>Words and the share of articles they appear in.</summary>
    public static readonly (string Word, double Share)[] Topics =
    [
        ("sikkerhed", 0.9), ("regering", 0.6), ("politi", 0.4), ("minister", 0.25), ("sikker", 0.3),
        ("sikkerhedsråd", 0.05), ("valg", 0.15), ("amnesti", 0.02),
    ];

    /// <summary>Location slugs and the share of articles about each.</summary>
    public static readonly (string Slug, double Share)[] Locations =
    [
        ("danmark", 0.5), ("armenien", 0.1), ("aserbajdsjan", 0.03), ("island", 0.01),
    ];

    public static readonly string[] Tags = ["politik", "krim", "udland"];

    public static IReadOnlyList<SearchDocument> Generate(int count, int seed = 7)
    {
        var random = new Random(seed);
        var filler = Enumerable.Range(0, 3000).Select(i => Syllables(random, 2 + i % 3)).Distinct().ToArray();
        var docs = new List<SearchDocument>(count);
        for (var d = 0; d < count; d++)
        {
            var title = new List<string>();
            var lead = new List<string>();
            var body = new List<string>();
            for (var i = 0; i < 3 + random.Next(4); i++) title.Add(Pick(random, filler));
            for (var i = 0; i < 8 + random.Next(8); i++) lead.Add(Pick(random, filler));
            var bodyLength = 20 + random.Next(280);
            for (var i = 0; i < bodyLength; i++) body.Add(Pick(random, filler));
            foreach (var (word, share) in Topics)
            {
                if (random.NextDouble() >= share) continue;
                // Where a word stands and how often decides its impact: spread them so impacts differ and tie.
                var where = random.Next(10) switch { 0 => title, 1 or 2 => lead, _ => body };
                for (var n = 1 + random.Next(3); n > 0; n--) where.Insert(random.Next(where.Count + 1), word);
            }
            if (random.NextDouble() < 0.1) body.Insert(random.Next(body.Count + 1), "armenske soldater");
            if (random.NextDouble() < 0.2) body.Insert(random.Next(body.Count + 1), "sikkerhed for regering");

            var locations = Locations.Where(l => random.NextDouble() < l.Share).Select(l => l.Slug).ToList();
            var tags = Tags.Where(_ => random.NextDouble() < 0.3).ToList();
            var year = 2018 + random.Next(6);
            var filters = locations.Select(l => new SearchFilter("location", l, Capital(l)))
                .Concat(tags.Select(t => new SearchFilter("tag", t, Capital(t))))
                .Append(new SearchFilter("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), year.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .ToList();
            docs.Add(new SearchDocument($"/a/{d}/", string.Join(' ', title), string.Join(' ', lead), string.Join(' ', body),
                tags.Select(Capital).ToList(), locations.Select(Capital).ToList(), filters,
                $"{year}-01-01T00:00:00+01:00", $"1. januar {year}"));
        }
        return docs;
    }

    private static string Pick(Random random, string[] words)
    {
        // Roughly Zipfian: low indexes far more often, so some filler words are common and most rare.
        var i = (int)(words.Length * Math.Pow(random.NextDouble(), 3));
        return words[Math.Min(i, words.Length - 1)];
    }

    private static string Syllables(Random random, int count)
    {
        const string consonants = "bdfgklmnprstv";
        const string vowels = "aeiouyæøå";
        var chars = new char[count * 2];
        for (var i = 0; i < count; i++)
        {
            chars[2 * i] = consonants[random.Next(consonants.Length)];
            chars[2 * i + 1] = vowels[random.Next(vowels.Length)];
        }
        return "q" + new string(chars);
    }

    private static string Capital(string slug) => char.ToUpperInvariant(slug[0]) + slug[1..];
}
