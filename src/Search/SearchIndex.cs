using StaticNews.Output;

namespace StaticNews.Search;

/// <summary>
/// The built index, as files under the search folder, each named by a hash of its content so a
/// browser may cache it forever and a rebuild rewrites only files whose content changed:
/// <list type="bullet">
/// <item><c>manifest.{hash}.json</c>: document count, stop words, the first key of each term shard, the block groups;</item>
/// <item><c>t/{hash}.json</c>: term shards, sorted key ranges; a term maps to [id, impact, Δid, impact, …],
/// or, when it has more postings than <see cref="SearchIndexOptions.HeadPostings"/>, to
/// {"df": documents, "bound": highest impact in the rest, "rest": hash, "head": [id, impact, Δid, …]}
/// (see <see cref="PostingList"/>); a filter key ("~location:armenien") maps to [label, id, Δid, …];</item>
/// <item><c>p/{hash}.json</c>: the rest of a split posting list, [id, impact, Δid, impact, …];</item>
/// <item><c>d/{group hash}-{n}.json</c>: for each block of ids (the n-th of its group), the fragment name of each document;</item>
/// <item><c>f/{hash}.json.gz</c>: one document's result, gzipped JSON: URL, title, date, locations, lead and body text.</item>
/// </list>
/// </summary>
/// <param name="SplitCount">Terms whose posting list was split into a head and a rest.</param>
public sealed record SearchIndex(string ManifestPath, IReadOnlyList<OutputFile> Files, int TermCount, int ShardCount, int SplitCount);
