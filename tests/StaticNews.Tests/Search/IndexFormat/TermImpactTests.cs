using StaticNews.Search.Analysis;
using StaticNews.Search.IndexFormat;


namespace StaticNews.Tests.Search.IndexFormat;

public sealed class TermImpactTests
{
    [Fact]
    public void Average_lengths_are_rounded_to_six_significant_bits_so_a_new_article_rarely_moves_them()
    {
        var random = new Random(2);
        var sums = new long[SearchField.All.Count];
        var documents = 10_000;
        // Averages of real archives are no round numbers (a whole-number average can sit on a rounding midpoint).
        for (var f = 0; f < sums.Length; f++) sums[f] = documents * (long)random.Next(3, 400) + random.Next(1, documents);
        var moved = 0;
        for (var added = 0; added < 1000; added++)
        {
            var before = TermImpact.AverageLengths(sums, documents);
            for (var f = 0; f < sums.Length; f++)
            {
                var exact = (double)sums[f] / documents;
                Assert.InRange(before[f] / exact, 1 - 1.0 / 64, 1 + 1.0 / 64);
                sums[f] += random.Next(0, (int)(2 * exact));
            }
            documents++;
            if (!before.SequenceEqual(TermImpact.AverageLengths(sums, documents))) moved++;
        }
        // The impacts of the other articles stay as they were after all but about one new article in a hundred.
        Assert.InRange(moved, 0, 25);
    }
}
