using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Diagnostics;
using StaticNews.Enrichment;
using StaticNews.Text;

namespace StaticNews.Ingest;

/// <summary>
/// Seeds → Markdown files. Each seed becomes <c>input/articles/&lt;slug&gt;.md</c>; a file nobody
/// touched since it was generated is regenerated (keeping its slug and date), a file a person
/// edited is never overwritten, and one bad seed is reported and skipped without stopping the rest.
/// With <paramref name="trustUnchanged"/> (the <see cref="IngestKey"/> is the cached one), an
/// untouched file generated from the same seed bytes is up to date: the seed is not parsed again.
/// </summary>
public sealed class Ingestor(SitePaths paths, SeedParser parser, IReadOnlyList<IEnricher> enrichers, SeedDateLookup seedDates,
    TimeZoneInfo zone, DiagnosticBag diagnostics, bool trustUnchanged = false, Func<string, string?>? knownHash = null, string? cacheFolder = null)
{
    private enum Outcome { Created, Updated, Unchanged, KeptEdited, Failed }

    private const int BatchSize = 256;

    private sealed record Prepared(string Display, string Seed, string SeedHash, ArticleDraft? Draft, string? ExistingFile, FrontMatter? Existing, Outcome? Settled);

    public IngestReport Run()
    {
        if (!Directory.Exists(paths.Seeds)) return new IngestReport(0, 0, 0, 0, 0, 0);
        var (seedFiles, outsideLinks) = InputFileWalker.Walk(paths.Seeds, ".txt", paths.Input);
        foreach (var link in outsideLinks)
            diagnostics.Error(SitePaths.Display(link), "is a symbolic link to a file outside the input folder; skipped");
        var store = new ArticleStore(paths.Articles, knownHash, cacheFolder);

        // Prepared in parallel a batch at a time, written in seed order after each batch: slugs are
        // claimed in the same order as if all were prepared first, but only one batch of drafts is
        // held at a time. (Holding every draft to the end made each collection copy them all.)
        var outcomes = new List<Outcome>(seedFiles.Count);
        var prepared = new Prepared?[Math.Min(BatchSize, seedFiles.Count)];
        for (var start = 0; start < seedFiles.Count; start += BatchSize)
        {
            var count = Math.Min(BatchSize, seedFiles.Count - start);
            Parallel.For(0, count, i => prepared[i] = Prepare(seedFiles[start + i], store));
            for (var i = 0; i < count; i++)
            {
                outcomes.Add(prepared[i]!.Settled ?? Write(prepared[i]!, store));
                prepared[i] = null;
            }
        }
        store.SaveFacts();
        return new IngestReport(seedFiles.Count,
            outcomes.Count(o => o == Outcome.Created), outcomes.Count(o => o == Outcome.Updated),
            outcomes.Count(o => o == Outcome.Unchanged), outcomes.Count(o => o == Outcome.KeptEdited),
            outcomes.Count(o => o == Outcome.Failed)) { ChangedFiles = store.Changed };
    }

    private Prepared Prepare(string seedFile, ArticleStore store)
    {
        var seed = Path.GetRelativePath(paths.Input, seedFile).Replace('\\', '/');
        // The check hashed this seed and the store knows its file untouched since it was made
        // from a seed of that hash: up to date, and the seed need not be read. (Nothing is said
        // of such a seed, so its name for messages is not even worked out: that asks the system
        // for the working folder, ten thousand times in an archive's rebuild.)
        if (trustUnchanged && knownHash?.Invoke(seedFile) is { } known && store.FileFor(seed) is { } file && store.UntouchedSeedHash(file) == known)
            return new Prepared(seed, seed, known, null, file, null, Outcome.Unchanged);
        var display = SitePaths.Display(seedFile);
        try
        {
            var length = new FileInfo(seedFile).Length;
            if (length > SeedSniffer.MaxBytes)
            {
                diagnostics.Error(display, $"is {length / (1024 * 1024.0):0.0} MB, more than the {SeedSniffer.MaxBytes / (1024 * 1024)} MB a wire article can be; skipped");
                return new Prepared(display, seed, "", null, null, null, Outcome.Failed);
            }
            var bytes = File.ReadAllBytes(seedFile);
            var seedHash = ContentHash.Of(bytes);
            var existingFile = store.FileFor(seed);
            FrontMatter? existing = null;
            if (existingFile != null)
            {
                // The store proved the file untouched when it mapped seeds to files: no second read.
                if (trustUnchanged && store.UntouchedSeedHash(existingFile) == seedHash)
                    return new Prepared(display, seed, seedHash, null, existingFile, null, Outcome.Unchanged);
                var text = File.ReadAllText(existingFile);
                if (!ArticleFileFormat.IsUntouched(text))
                {
                    var edited = ArticleFileFormat.TryReadFrontMatter(text);
                    if (edited?.SeedHash != seedHash)
                        diagnostics.Warn(display, $"the seed changed, but {SitePaths.Display(existingFile)} was edited by hand: keeping the edit (delete the file to regenerate it)");
                    return new Prepared(display, seed, seedHash, null, existingFile, null, Outcome.KeptEdited);
                }
                if (trustUnchanged && ArticleFileFormat.GeneratedValue(text, "seed_hash") == seedHash)
                    return new Prepared(display, seed, seedHash, null, existingFile, null, Outcome.Unchanged);
                existing = ArticleFileFormat.Read(existingFile, text, zone).FrontMatter;
            }

            var draft = Draft(display, seedFile, bytes, existing);
            return draft == null
                ? new Prepared(display, seed, seedHash, null, existingFile, existing, Outcome.Failed)
                : new Prepared(display, seed, seedHash, draft, existingFile, existing, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ContentException)
        {
            diagnostics.Error(display, "cannot be ingested: " + e.Message);
            return new Prepared(display, seed, "", null, null, null, Outcome.Failed);
        }
    }

    private ArticleDraft? Draft(string display, string seedFile, byte[] bytes, FrontMatter? existing)
    {
        if (SeedSniffer.WhyNotText(bytes) is { } reason)
        {
            diagnostics.Error(display, reason + "; skipped");
            return null;
        }

        var decoded = SeedDecoder.Decode(bytes);

        var parsed = parser.Parse(decoded.Text);
        if (parsed.Blocks.Count == 0)
        {
            diagnostics.Error(display, "holds no article text; skipped");
            return null;
        }

        var draft = new ArticleDraft
        {
            Blocks = parsed.Blocks,
            TitleLine = parsed.Title,
            DateInText = parsed.Date,
            // Asked for only when the text has no date: the seed's commit date takes a `git log`
            // over the seeds' history, which a new dated wire article does not need.
            FallbackDate = parsed.Date != null ? null : existing?.Date ?? TimeZoneInfo.ConvertTime(seedDates.DateOf(seedFile), zone),
            Source = parsed.Source,
            Warnings =
            [
                .. decoded.EncodingGuessed ? [$"no byte-order mark and not valid UTF-8: read as {decoded.Encoding} (save it as UTF-8 to be sure)"] : Array.Empty<string>(),
                .. parsed.Removed.Select(r => "removed " + r),
            ],
            LineWarnings = [.. ControlCharacters.Warnings(decoded.Cleaned)],
        };
        return enrichers.Aggregate(draft, (d, enricher) => enricher.Enrich(d));
    }

    private Outcome Write(Prepared prepared, ArticleStore store)
    {
        var draft = prepared.Draft!;
        var path = prepared.ExistingFile ?? store.PathFor(store.ClaimSlug(draft.Slug, prepared.Seed));
        var slug = Path.GetFileNameWithoutExtension(path);
        var article = new ArticleFile(new FrontMatter
        {
            Title = draft.Title,
            Date = draft.Date!.Value,
            Slug = slug,
            Summary = draft.Summary,
            Source = draft.Source,
            Language = draft.Language,
            Locations = draft.Locations,
            Tags = draft.Tags,
            Seed = prepared.Seed,
            SeedHash = prepared.SeedHash,
        }, MarkdownBody.From(draft.Blocks));

        var wrote = store.Write(path, ArticleFileFormat.WriteGenerated(article), prepared.Seed);
        // What ingest noticed is news only when it wrote the file: an unchanged seed stays quiet.
        if (wrote)
        {
            foreach (var warning in draft.Warnings) diagnostics.WarnOnce(prepared.Display, warning);
            foreach (var (line, warning) in draft.LineWarnings) diagnostics.WarnOnce(prepared.Display, warning, line);
        }
        return prepared.ExistingFile == null ? Outcome.Created : wrote ? Outcome.Updated : Outcome.Unchanged;
    }
}
