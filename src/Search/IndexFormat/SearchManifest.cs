using StaticNews.Output;
using StaticNews.Search.Analysis;

namespace StaticNews.Search.IndexFormat;

/// <summary>The manifest, the one file the search page names: it names every other file the browser fetches first.</summary>
internal static class SearchManifest
{
    public static OutputFile Make(string folder, int documents, IReadOnlyList<ShardRecord> shards, IReadOnlyList<string> groups, SearchIndexOptions options)
    {
        var manifest = SearchJson.Bytes(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 3);
            w.WriteNumber("documents", documents);
            w.WriteNumber("blockSize", options.BlockSize);
            w.WriteNumber("blockGroup", options.BlockGroup);
            w.WriteNumber("impactScale", SearchIndexOptions.ImpactScale);
            w.WriteStartArray("stopWords");
            foreach (var word in DanishStopWords.All) w.WriteStringValue(word);
            w.WriteEndArray();
            w.WriteStartArray("shards");
            for (var s = 0; s < shards.Count; s++)
            {
                w.WriteStartArray();
                w.WriteStringValue(s == 0 ? "" : shards[s].FirstKey);
                w.WriteStringValue("t/" + shards[s].Name + ".json.gz");
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteStartArray("blockGroups");
            foreach (var hash in groups) w.WriteStringValue(hash);
            w.WriteEndArray();
            w.WriteEndObject();
        });
        return new OutputFile(folder + "manifest." + SearchIndexFiles.NameOf(manifest) + ".json", manifest);
    }
}
