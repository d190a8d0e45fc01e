using StaticNews.Search.Analysis;

namespace StaticNews.Search.IndexFormat;

/// <summary>A term's impact in a document: its BM25F weight there, as the index stores it.</summary>
internal static class TermImpact
{
    /// <summary>
    /// The average length of each field, rounded to six significant bits (a relative step of at most
    /// 1/32): BM25's length normalisation is coarse by nature (Lucene keeps document lengths in one
    /// byte), and rounded, the averages stay put as documents are added, so every other document's
    /// impacts do too. Only a rare change that carries an average across a step moves them all.
    /// </summary>
    internal static double[] AverageLengths(long[] sums, int documents)
    {
        var averages = new double[sums.Length];
        for (var f = 0; f < sums.Length; f++)
        {
            var average = documents == 0 ? 1 : Math.Max(1, (double)sums[f] / documents);
            const int dropped = 52 - 5;
            var bits = BitConverter.DoubleToInt64Bits(average);
            bits = (bits + (1L << (dropped - 1))) & ~((1L << dropped) - 1);
            averages[f] = BitConverter.Int64BitsToDouble(bits);
        }
        return averages;
    }

    /// <summary>
    /// The BM25F term-frequency part for a <paramref name="term"/> of a <paramref name="document"/>, scaled
    /// to a small integer: each field's count is weighted and normalised by the field's length
    /// against the average, then saturated (k1). The idf part depends only on how many documents
    /// hold the term, which the browser sees as the length of the posting list, so it is computed there.
    /// </summary>
    internal static byte Of(DocumentTerms document, CountedTerm term, double[] averageLengths, double k1)
    {
        var fields = SearchField.All;
        double weighted = 0;
        for (var f = 0; f < fields.Count; f++)
        {
            var count = term.CountIn(f);
            if (count == 0) continue;
            var b = fields[f].LengthNormalisation;
            weighted += fields[f].Weight * count / (1 - b + b * document.Lengths[f] / averageLengths[f]);
        }
        var saturated = weighted / (k1 + weighted);
        return (byte)Math.Clamp((int)Math.Round(saturated * SearchIndexOptions.ImpactScale), 1, SearchIndexOptions.ImpactScale);
    }
}
