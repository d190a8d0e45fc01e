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
/// What an earlier build lets it skip is <see cref="IngestReuse"/>
/// (<see cref="IngestReport.Reused"/> counts the seeds neither parsed nor tagged again).
/// </summary>
public sealed class Ingestor(SitePaths paths, SeedReading reading, DiagnosticBag diagnostics, IngestReuse? reuse = null)
{
    // Reused: unchanged and known to be so without parsing or tagging the seed (see IngestKey).
    private enum Outcome { Created, Updated, Unchanged, Reused, KeptEdited, Failed }

    private const int BatchSize = 256;

    private readonly IngestReuse _reuse = reuse ?? IngestReuse.None;
    private readonly DanishDateParser _dates = new(reading.Zone);
    private SeedMetadata _metadata = SeedMetadata.None;

    private sealed record Prepared(string Display, string Seed, string SeedHash, ArticleDraft? Draft, string? ExistingFile, FrontMatter? Existing, Outcome? DecidedOutcome);

    public IngestReport Run()
    {
        if (!Directory.Exists(paths.Seeds)) return new IngestReport(0, 0, 0, 0, 0, 0);
        var listing = _reuse.Seeds ?? InputFileWalker.Walk(paths.Seeds, ".txt", paths.Input);
        var seedFiles = listing.Files;
        foreach (var link in listing.OutsideLinks)
            diagnostics.Error(SitePaths.Display(link), "is a symbolic link to a file outside the input folder; skipped");
        foreach (var (path, reason) in listing.Refused)
            diagnostics.Error(SitePaths.Display(path), reason);
        var seedNames = SeedNames(seedFiles);
        // The store's facts name seeds and their hashes: those it shares with the listing are kept as the listing's strings.
        IReadOnlyCollection<string> seedTexts = listing.Hashes is { } seedHashes ? [.. seedNames, .. seedHashes] : seedNames;
        var store = new ArticleStore(paths.Articles, _reuse.KnownHash, _reuse.Cache, _reuse.ArticleFiles, seedTexts);
        _metadata = SeedMetadata.Load(paths.Seeds, _dates, diagnostics);
        WarnOfMetadataWithoutSeed(seedFiles);
        // Before any seed is written, so that a seed renamed (deleted under one name, added under
        // another) gets its slug back.
        var removed = RemoveOrphans(seedNames, store);

        // Prepared in parallel a batch at a time, written in seed order after each batch: slugs are
        // claimed in the same order as if all were prepared first, but only one batch of drafts is
        // held at a time. (Holding every draft to the end made each collection copy them all.)
        var outcomes = new List<Outcome>(seedFiles.Count);
        var prepared = new Prepared?[Math.Min(BatchSize, seedFiles.Count)];
        for (var start = 0; start < seedFiles.Count; start += BatchSize)
        {
            var count = Math.Min(BatchSize, seedFiles.Count - start);
            Parallel.For(0, count, i => prepared[i] = Prepare(seedFiles[start + i], seedNames[start + i], listing.HashOf(start + i, _reuse.KnownHash), store));
            for (var i = 0; i < count; i++)
            {
                outcomes.Add(prepared[i]!.DecidedOutcome ?? Write(prepared[i]!, store));
                prepared[i] = null;
            }
        }
        store.SaveFacts();
        return new IngestReport(seedFiles.Count,
            outcomes.Count(o => o == Outcome.Created), outcomes.Count(o => o == Outcome.Updated),
            outcomes.Count(o => o is Outcome.Unchanged or Outcome.Reused), outcomes.Count(o => o == Outcome.KeptEdited),
            outcomes.Count(o => o == Outcome.Failed)) { Removed = removed, ChangedFiles = store.Changed, Reused = outcomes.Count(o => o == Outcome.Reused) };
    }

    /// <summary>
    /// An article made from a seed that is gone: removed when nobody edited it since ingest wrote
    /// it (it was the seed's copy, and the seed was deleted on purpose), kept with a warning when
    /// someone did. A file that names no seed (written by hand) is never touched. Called only
    /// when input/seeds/ exists: a missing seeds folder is more likely moved than emptied.
    /// </summary>
    private int RemoveOrphans(IReadOnlyList<string> seedNames, ArticleStore store)
    {
        var removed = 0;
        // A seed skipped this run (a pipe, a refused name) still exists: only a seed gone from disk counts.
        foreach (var (seed, file) in store.FilesWhoseSeedIsNotIn(seedNames))
        {
            if (Path.Exists(Path.Combine(paths.Input, seed))) continue;
            if (store.UntouchedSeedHashFor(seed) != null)
            {
                store.Delete(file, seed);
                removed++;
            }
            else
            {
                diagnostics.Warn(SitePaths.Display(file), $"its seed {seed} was deleted, but this file was edited by hand: kept (delete it to take it off the site, or remove its seed: line to keep it quietly)");
            }
        }
        return removed;
    }

    /// <summary>
    /// Each seed file's name as articles record it (relative to input/, '/'-separated), worked out
    /// once for both the orphan check and the seed's own preparation. The walk hands over full,
    /// normal paths under input/, so the name is the path less the folder; any other path goes
    /// the long way.
    /// </summary>
    private List<string> SeedNames(IReadOnlyList<string> seedFiles)
    {
        var input = Path.GetFullPath(paths.Input).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var names = new List<string>(seedFiles.Count);
        foreach (var file in seedFiles)
        {
            var name = file.StartsWith(input, StringComparison.Ordinal) && !file.Contains(Path.DirectorySeparatorChar + ".", StringComparison.Ordinal)
                ? file[input.Length..]
                : Path.GetRelativePath(paths.Input, file);
            names.Add(Path.DirectorySeparatorChar == '/' ? name : name.Replace('\\', '/'));
        }
        return names;
    }

    private Prepared Prepare(string seedFile, string seed, string? knownHash, ArticleStore store)
    {
        var metadata = _metadata.Count == 0 ? null : _metadata.For(Path.GetRelativePath(paths.Seeds, seedFile));
        // The check hashed this seed and the store knows its file untouched since it was made
        // from a seed of that hash: up to date, and the seed need not be read. (Nothing is said
        // of such a seed, so its name for messages is not even worked out: that asks the system
        // for the working folder, ten thousand times in an archive's rebuild.)
        if (_reuse.TrustUnchanged && metadata == null && knownHash is { } known && store.UntouchedSeedHashFor(seed) == known && store.FileFor(seed) is { } file)
            return new Prepared(seed, seed, known, null, file, null, Outcome.Reused);
        var display = SitePaths.Display(seedFile);
        try
        {
            // Asked before anything opens the file: opening a named pipe waits for a writer forever.
            if (RegularFile.WhyNot(seedFile) is { } what)
            {
                diagnostics.Error(display, $"is {what}, not a file, so it is not read; skipped");
                return new Prepared(display, seed, "", null, null, null, Outcome.Failed);
            }
            var length = new FileInfo(seedFile).Length;
            if (length > SeedSniffer.MaxBytes)
            {
                diagnostics.Error(display, $"is {length / (1024 * 1024.0):0.0} MB, more than the {SeedSniffer.MaxBytes / (1024 * 1024)} MB a wire article can be; skipped");
                return new Prepared(display, seed, "", null, null, null, Outcome.Failed);
            }
            var bytes = File.ReadAllBytes(seedFile);
            // A seed's metadata entry is part of what the file is made from: a changed entry
            // regenerates an untouched file as a changed text does.
            var seedHash = metadata == null ? ContentHash.Of(bytes) : ContentHash.Of(ContentHash.Of(bytes) + "\n" + metadata.Fingerprint);
            var existingFile = store.FileFor(seed);
            FrontMatter? existing = null;
            if (existingFile != null)
            {
                // The store proved the file untouched when it mapped seeds to files: no second read.
                if (_reuse.TrustUnchanged && store.UntouchedSeedHashFor(seed) == seedHash)
                    return new Prepared(display, seed, seedHash, null, existingFile, null, Outcome.Reused);
                // With the metadata file unreadable, what it gives this seed is unknown: the file stays as it is.
                if (_metadata.Unreadable)
                    return new Prepared(display, seed, seedHash, null, existingFile, null, Outcome.Unchanged);
                var text = File.ReadAllText(existingFile);
                if (!ArticleFileFormat.IsUntouched(text))
                {
                    var edited = ArticleFileFormat.TryReadFrontMatter(text);
                    if (edited?.SeedHash != seedHash)
                        diagnostics.Warn(display, $"the seed changed, but {SitePaths.Display(existingFile)} was edited by hand: keeping the edit (delete the file to regenerate it)");
                    return new Prepared(display, seed, seedHash, null, existingFile, null, Outcome.KeptEdited);
                }
                if (_reuse.TrustUnchanged && ArticleFileFormat.GeneratedValue(text, "seed_hash") == seedHash)
                    return new Prepared(display, seed, seedHash, null, existingFile, null, Outcome.Reused);
                existing = ArticleFileFormat.Read(existingFile, text, reading.Zone).FrontMatter;
            }

            var draft = Draft(display, seedFile, bytes, existing, metadata);
            return draft == null
                ? new Prepared(display, seed, seedHash, null, existingFile, existing, Outcome.Failed)
                : new Prepared(display, seed, seedHash, draft, existingFile, existing, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ContentException)
        {
            diagnostics.Error(display, "cannot be ingested: " + e.Message);
            return new Prepared(display, seed, "", null, null, null, Outcome.Failed);
        }
        // Whatever else one seed sets off (a fault in a parser or enricher that its text found) is
        // that seed's error, never the archive's: the other seeds are ingested and the site builds.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error(display, "could not be ingested because of a fault in StaticNews that this text sets off (please report it with the file); skipped: " + e.Message);
            return new Prepared(display, seed, "", null, null, null, Outcome.Failed);
        }
    }

    private ArticleDraft? Draft(string display, string seedFile, byte[] bytes, FrontMatter? existing, SeedMetadataEntry? metadata)
    {
        if (SeedSniffer.WhyNotText(bytes) is { } reason)
        {
            diagnostics.Error(display, reason + "; skipped");
            return null;
        }

        var decoded = SeedDecoder.Decode(bytes);

        var parsed = reading.Parser.Parse(decoded.Text);
        if (parsed.Blocks.Count == 0)
        {
            diagnostics.Error(display, "holds no article text; skipped");
            return null;
        }

        DateTimeOffset? inFileName = SeedFileNameDate.TryRead(seedFile, _dates, out var named) ? named : null;
        // Guessed only when nothing better dates the seed: the seed's commit date takes a `git
        // log` over the seeds' history, which a new dated wire article does not need. A guess
        // made before is kept, so a regenerated file does not move to a new day.
        var (fallback, fallbackSource) = parsed.Date != null || inFileName != null || metadata?.Date != null
            ? (null, DateSource.FileTime)
            : existing is { DateSource: { } earlier } && earlier.IsGuess() ? (existing.Date, earlier)
            : Guess(seedFile, existing is { DateSource: null } ? existing.Date : null);

        var draft = new ArticleDraft
        {
            Blocks = parsed.Blocks,
            TitleLine = parsed.Title,
            DateInText = parsed.Date,
            Dateline = parsed.Dateline,
            DateInFileName = inFileName,
            FallbackDate = fallback,
            FallbackSource = fallbackSource,
            Source = parsed.Source,
            Warnings =
            [
                .. decoded.EncodingGuessed ? [$"no byte-order mark and not valid UTF-8: read as {decoded.Encoding} (save it as UTF-8 to be sure)"] : Array.Empty<string>(),
                .. parsed.Removed.Select(r => "removed " + r),
            ],
            LineWarnings = ControlCharacters.Warnings(decoded.Cleaned),
        };
        if (metadata != null) draft = metadata.Before(draft);
        draft = reading.Enrichers.Aggregate(draft, (d, enricher) => enricher.Enrich(d));
        return metadata != null ? metadata.After(draft) : draft;
    }

    private (DateTimeOffset?, DateSource) Guess(string seedFile, DateTimeOffset? keep)
    {
        var (date, source) = reading.Dates.DateOf(seedFile);
        return (keep ?? TimeZoneInfo.ConvertTime(date, reading.Zone), source);
    }

    private void WarnOfMetadataWithoutSeed(IReadOnlyList<string> seedFiles)
    {
        if (_metadata.Count == 0) return;
        var seeds = seedFiles.Select(f => Path.GetRelativePath(paths.Seeds, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in _metadata.Entries.Where(e => !seeds.Contains(e.Seed)))
            diagnostics.Warn(SitePaths.Display(_metadata.File!), $"'{entry.Seed}' names no seed in {SitePaths.Display(paths.Seeds)}/ (file names are relative to it); entry not used", entry.Line);
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
            DateSource = draft.DateSource,
            Slug = slug,
            Summary = draft.Summary,
            Source = draft.Source,
            Language = draft.Language,
            Locations = draft.Locations,
            People = draft.People,
            Organisations = draft.Organisations,
            Tags = draft.Tags,
            Seed = prepared.Seed,
            SeedHash = prepared.SeedHash,
        }, MarkdownBody.From(draft.Blocks));

        var text = ArticleFileFormat.WriteGenerated(article);
        // Load refuses front matter past its bound, so ingest never writes it: the fields are
        // bounded where they are made, and this is the check that nothing slipped past them.
        var frontMatter = text.IndexOf("\n---\n", 3, StringComparison.Ordinal) - 3;
        if (frontMatter > ArticleFileFormat.MaxFrontMatterBytes)
        {
            diagnostics.Error(prepared.Display, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"its front matter (title, summary, places, tags) would take {frontMatter / 1024.0:0.0} kB, more than the {ArticleFileFormat.MaxFrontMatterBytes / 1024} kB an article may have; skipped"));
            return Outcome.Failed;
        }
        var wrote = store.Write(path, text, prepared.Seed);
        // What ingest noticed is news only when it wrote the file: an unchanged seed stays quiet.
        if (wrote)
        {
            foreach (var warning in draft.Warnings) diagnostics.WarnOnce(prepared.Display, warning);
            foreach (var (line, warning) in draft.LineWarnings) diagnostics.WarnOnce(prepared.Display, warning, line);
        }
        return prepared.ExistingFile == null ? Outcome.Created : wrote ? Outcome.Updated : Outcome.Unchanged;
    }
}
