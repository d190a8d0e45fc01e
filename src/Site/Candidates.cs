namespace StaticNews.Site;

/// <summary>
/// One thread's scratch space while <see cref="RelatedArticles"/> scores articles: a score per
/// article, the articles scored so far (to clear just those afterwards) and the best few.
/// </summary>
internal sealed class Candidates(int articles, int count)
{
    public double[] Scores { get; } = new double[articles];
    public int[] Touched { get; } = new int[articles];
    public int[] Best { get; } = new int[Math.Max(0, count)];
}
