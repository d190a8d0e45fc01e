using StaticNews.Enrichment;

namespace StaticNews.Ingest;

/// <summary>
/// How a seed becomes an article draft: its text parsed (the site's boilerplate cut), the
/// enrichers run over it in order, and its date found (in its text, input/seeds/metadata, its
/// file name or git) in the site's time zone.
/// </summary>
public sealed record SeedReading(SeedParser Parser, IReadOnlyList<IEnricher> Enrichers, SeedDateLookup Dates, TimeZoneInfo Zone);
