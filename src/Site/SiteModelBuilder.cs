using System.Runtime.InteropServices;
using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Text;

namespace StaticNews.Site;

/// <summary>
/// Builds the <see cref="SiteModel"/> from loaded article files: URLs, unique slugs, the
/// taxonomies, the archive and related articles. Every ordering is explicit so the same input
/// always gives the same site.
/// </summary>
public static class SiteModelBuilder
{
    public static SiteModel Build(SiteConfig config, IReadOnlyList<(ArticleFile Article, string SourceFile)> files, TimeZoneInfo zone)
    {
        var articles = CreateArticles(files, zone);
        var tags = BuildTerms(TermKind.Tags, articles, RoleVotes(articles));
        var locations = BuildTerms(TermKind.Locations, articles, null);
        return new SiteModel
        {
            Config = config,
            Articles = articles,
            Tags = tags,
            Locations = locations,
            Years = BuildArchive(articles),
            Related = RelatedArticles.Find(articles, [.. tags, .. locations], config.RelatedCount),
        };
    }

    private static List<Article> CreateArticles(IReadOnlyList<(ArticleFile Article, string SourceFile)> files, TimeZoneInfo zone)
    {
        var taken = new HashSet<string>(files.Count, StringComparer.Ordinal);
        var articles = new List<Article>(files.Count);
        // The loader hands its files over in path order already: checking that costs one
        // comparison a file instead of a sort's fourteen.
        foreach (var (file, source) in InPathOrder(files) ? files.AsEnumerable() : files.OrderBy(f => f.SourceFile, StringComparer.Ordinal))
        {
            var meta = file.FrontMatter;
            var local = TimeZoneInfo.ConvertTime(meta.Date, zone).DateTime;
            var wanted = Slugifier.Slugify(meta.Slug.Length > 0 ? meta.Slug : Path.GetFileNameWithoutExtension(source));
            var slug = wanted;
            var path = ArticlePath(local, slug);
            for (var n = 2; !taken.Add(path); n++)
            {
                slug = $"{wanted}-{n}";
                path = ArticlePath(local, slug);
            }
            articles.Add(file.BodyDeferred
                ? Article.InFile(meta, file.Hash ?? "", source, slug, path, local)
                : new Article(meta, ControlCharacters.Clean(file.Body).Text, source, slug, path, local));
        }
        articles.Sort(NewestFirst);
        return articles;
    }

    private static bool InPathOrder(IReadOnlyList<(ArticleFile Article, string SourceFile)> files)
    {
        for (var i = 1; i < files.Count; i++)
            if (string.CompareOrdinal(files[i - 1].SourceFile, files[i].SourceFile) > 0) return false;
        return true;
    }

    /// <summary>
    /// "2023/09/22/slug/", made as one string: the local date's Gregorian year, month and day, as
    /// the archive's year and month paths are (never the calendar of the culture the tool runs in).
    /// </summary>
    internal static string ArticlePath(DateTime local, string slug)
    {
        // Slugifier cuts a slug to its MaxLength (a suffix adds a few): the path is spelt on the stack and copied once.
        Span<char> path = stackalloc char[DayFolderLength + slug.Length + 1];
        Digits(path[..4], local.Year);
        Digits(path[5..7], local.Month);
        Digits(path[8..10], local.Day);
        path[4] = path[7] = path[10] = path[^1] = '/';
        slug.CopyTo(path[DayFolderLength..]);
        return new string(path);
    }

    private const int DayFolderLength = 11;

    private static void Digits(Span<char> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--, value /= 10) into[i] = (char)('0' + value % 10);
    }

    /// <summary>Newest first; same moment: by slug, so the order never depends on the file system.</summary>
    internal static int NewestFirst(Article a, Article b)
    {
        var byDate = b.Meta.Date.CompareTo(a.Meta.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Path, b.Path);
    }

    /// <summary>
    /// How many times articles name each tag's slug as a person and as an organisation, which
    /// decides its role (<see cref="RoleOf"/>).
    /// </summary>
    private static Dictionary<string, (int People, int Organisations)> RoleVotes(List<Article> articles)
    {
        // Votes are counted per name, by reference (the loader shares one string per name), and
        // added up per slug once per name: a name's slug is worked out once, not at every mention
        // (a person's name is never a slug already, so each cost a lower-casing and folding).
        var byName = new Dictionary<string, (int People, int Organisations)>(ReferenceEqualityComparer.Instance);
        foreach (var article in articles)
        {
            var (people, organisations) = (article.Meta.People, article.Meta.Organisations);
            for (var i = 0; i < people.Count; i++) CollectionsMarshal.GetValueRefOrAddDefault(byName, people[i], out _).People++;
            for (var i = 0; i < organisations.Count; i++) CollectionsMarshal.GetValueRefOrAddDefault(byName, organisations[i], out _).Organisations++;
        }
        var votes = new Dictionary<string, (int People, int Organisations)>(StringComparer.Ordinal);
        foreach (var (name, count) in byName)
        {
            ref var vote = ref CollectionsMarshal.GetValueRefOrAddDefault(votes, Slugifier.Slugify(name), out _);
            vote.People += count.People;
            vote.Organisations += count.Organisations;
        }
        return votes;
    }

    /// <summary>
    /// A tag's role: person or organisation as most articles that name it say (a tie: person), a
    /// topic where none files it under either. Worked out from the votes as each term is made,
    /// rather than kept in a map of roles: a dictionary over an enum of ours is code the runtime
    /// compiles at first use.
    /// </summary>
    private static TermRole RoleOf(Dictionary<string, (int People, int Organisations)>? votes, string slug)
        => votes != null && votes.TryGetValue(slug, out var vote) ? vote.People >= vote.Organisations ? TermRole.Person : TermRole.Organisation : TermRole.Topic;

    private static List<Term> BuildTerms(TermKind kind, List<Article> articles, Dictionary<string, (int People, int Organisations)>? votes)
    {
        // One pass over every name of every article (many per article). A name is
        // looked up by reference first: the front-matter cache gives every article the same
        // string object for a name, so the usual lookup hashes no characters and finds the
        // spelling with its count and term group at once; a name met as another object is then
        // looked up by its text, and slugified only when its text is new. Each article's terms
        // are noted in the order its front matter names them (two spellings of one term: where
        // the first stands), and only counted per term: once the pass is over, every term's
        // articles and every article's terms go into arrays of their exact size, so no list grown
        // an article at a time leaves its outgrown arrays behind. Each article's names are
        // put in one list used again for the next, not a new array per article.
        var byReference = new Dictionary<string, Spelling>(ReferenceEqualityComparer.Instance);
        var byText = new Dictionary<string, Spelling>(StringComparer.Ordinal);
        var groupOfSlug = new Dictionary<string, TermGroup>(StringComparer.Ordinal);
        var noted = new TermGroup[NameCount(kind, articles)];
        var firstNoted = new int[articles.Count + 1];
        var count = 0;
        var names = new List<string>();
        for (var a = 0; a < articles.Count; a++)
        {
            firstNoted[a] = count;
            names.Clear();
            Names(kind, articles[a], names);
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i];
                if (IndexOf(names, name, i) < i) continue; // a name listed twice counts once
                if (!byReference.TryGetValue(name, out var spelling))
                {
                    if (!byText.TryGetValue(name, out spelling))
                    {
                        var slug = Slugifier.Slugify(name);
                        if (!groupOfSlug.TryGetValue(slug, out var found)) groupOfSlug[slug] = found = new TermGroup();
                        byText[name] = spelling = new Spelling(name, found);
                        found.Add(spelling);
                    }
                    byReference[name] = spelling;
                }
                spelling.Articles++;
                var group = spelling.Group;
                if (group.LastArticle == a) continue; // another spelling of a term it has
                group.LastArticle = a;
                group.Count++;
                noted[count++] = group;
            }
        }
        firstNoted[articles.Count] = count;

        var slugs = groupOfSlug.Keys.ToArray();
        Array.Sort(slugs, StringComparer.Ordinal);
        var terms = new List<Term>(slugs.Length);
        foreach (var slug in slugs)
        {
            var group = groupOfSlug[slug];
            group.Members = new Article[group.Count];
            terms.Add(group.Term = new Term(kind, group.Name().Name, slug, group.Members, RoleOf(votes, slug)));
        }
        // Articles are taken in their order (newest first), so each term's are too.
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            var own = kind == TermKind.Tags ? article.Tags : article.Locations;
            own.Capacity = firstNoted[a + 1] - firstNoted[a];
            for (var n = firstNoted[a]; n < firstNoted[a + 1]; n++)
            {
                var group = noted[n];
                group.Members![group.Filled++] = article;
                own.Add(group.Term!);
            }
        }
        return terms;
    }

    /// <summary>How many names the articles list for terms of <paramref name="kind"/>, repeats included.</summary>
    private static int NameCount(TermKind kind, List<Article> articles)
    {
        var count = 0;
        foreach (var article in articles)
        {
            var meta = article.Meta;
            count += kind == TermKind.Tags ? meta.People.Count + meta.Organisations.Count + meta.Tags.Count : meta.Locations.Count;
        }
        return count;
    }

    /// <summary>
    /// An article's names for terms of <paramref name="kind"/>: for tags its people, its
    /// organisations, then its topics (files from before the split hold all in <c>tags</c>).
    /// </summary>
    private static void Names(TermKind kind, Article article, List<string> names)
    {
        var meta = article.Meta;
        if (kind == TermKind.Locations)
        {
            names.AddRange(meta.Locations);
            return;
        }
        names.AddRange(meta.People);
        names.AddRange(meta.Organisations);
        names.AddRange(meta.Tags);
    }

    /// <summary>A term in the making: how many articles it has (and the last, by number), its spellings, then its articles.</summary>
    private sealed class TermGroup
    {
        // Nearly every term has one spelling: a list is made only for a second.
        private Spelling? _first;
        private List<Spelling>? _more;

        public int Count { get; set; }
        public int LastArticle { get; set; } = -1;
        public Article[]? Members { get; set; }
        public int Filled { get; set; }
        public Term? Term { get; set; }

        public void Add(Spelling spelling)
        {
            if (_first == null) _first = spelling;
            else (_more ??= []).Add(spelling);
        }

        /// <summary>The spelling most articles use names the term; a tie goes to the ordinal first.</summary>
        public Spelling Name()
        {
            var name = _first!;
            if (_more == null) return name;
            foreach (var spelling in _more)
                if (spelling.Articles > name.Articles || spelling.Articles == name.Articles && string.CompareOrdinal(spelling.Name, name.Name) < 0)
                    name = spelling;
            return name;
        }
    }

    /// <summary>One spelling of a term's name and how many articles use it.</summary>
    private sealed class Spelling(string name, TermGroup group)
    {
        public string Name { get; } = name;
        public TermGroup Group { get; } = group;
        public int Articles { get; set; }
    }

    private static int IndexOf(List<string> names, string name, int before)
    {
        for (var i = 0; i < before; i++)
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return i;
        return before;
    }

    /// <summary>
    /// Years, newest first, each with its months, newest first; a month keeps its articles in the
    /// order given (newest first). Months are looked up, not cut where the local date changes: a
    /// change of the zone's offset can put an older article in a later month than a newer one.
    /// </summary>
    internal static List<ArchiveYear> BuildArchive(List<Article> articles)
    {
        // A month is one number (year * 12 + month - 1), which sorts as the months do.
        var byMonth = new Dictionary<int, List<Article>>();
        foreach (var article in articles)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(byMonth, MonthNumber(article.LocalDate), out _);
            (list ??= []).Add(article);
        }
        var months = byMonth.Keys.ToArray();
        Array.Sort(months);
        var years = new List<ArchiveYear>();
        for (var first = months.Length - 1; first >= 0;)
        {
            var year = months[first] / 12;
            var ofYear = new List<ArchiveMonth>();
            for (; first >= 0 && months[first] / 12 == year; first--)
                ofYear.Add(new ArchiveMonth(year, months[first] % 12 + 1, byMonth[months[first]]));
            years.Add(new ArchiveYear(year, ofYear));
        }
        return years;
    }

    private static int MonthNumber(DateTime date) => date.Year * 12 + date.Month - 1;
}
