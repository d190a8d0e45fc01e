using StaticNews.Output;

namespace StaticNews.Search.IndexFormat;

/// <summary>
/// The block groups: blocks of ids → fragment names (one small file per document holds what its
/// result shows), so the browser fetches metadata only for the hits it draws. A group's blocks are
/// named by a hash of the group (BlockGroup blocks), and the manifest lists one name per group: it
/// grows a sixteenth as fast as with a name per block. A changed article renames the blocks of its
/// group, small files, and a new one those of the last group only.
/// </summary>
internal sealed class BlockGroups(SearchIndexOptions options)
{
    /// <summary>How many ids a group holds.</summary>
    public int Documents => options.BlockSize * options.BlockGroup;

    /// <summary>How many blocks group <paramref name="group"/> of an index of <paramref name="documents"/> documents has.</summary>
    public int BlockCount(int documents, int group) => (Math.Min(documents, (group + 1) * Documents) - group * Documents + options.BlockSize - 1) / options.BlockSize;

    /// <summary>Makes group <paramref name="group"/>'s blocks, adds their files to <paramref name="files"/> and returns the group's name.</summary>
    public string Make(IReadOnlyList<string> fragmentNames, int group, string folder, List<OutputFile> files)
    {
        var blocks = new List<byte[]>();
        var end = Math.Min(fragmentNames.Count, (group + 1) * Documents);
        for (var start = group * Documents; start < end; start += options.BlockSize)
        {
            var last = Math.Min(end, start + options.BlockSize);
            blocks.Add(SearchJson.Bytes(w =>
            {
                w.WriteStartArray();
                for (var d = start; d < last; d++) w.WriteStringValue(fragmentNames[d]);
                w.WriteEndArray();
            }));
        }
        // The group's name: a hash of its blocks, each followed by a newline.
        var length = 0;
        foreach (var block in blocks) length += block.Length + 1;
        var all = new byte[length];
        var at = 0;
        foreach (var block in blocks)
        {
            block.CopyTo(all, at);
            all[at + block.Length] = (byte)'\n';
            at += block.Length + 1;
        }
        var hash = SearchIndexFiles.NameOf(all);
        for (var i = 0; i < blocks.Count; i++) files.Add(SearchIndexFiles.BlockOf(folder, hash, i, blocks[i]));
        return hash;
    }
}
