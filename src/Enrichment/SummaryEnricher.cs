namespace StaticNews.Enrichment;

/// <summary>
/// The lead paragraph is the summary: it is what the wire wrote to sum the story up. A lead longer
/// than <see cref="MaxLength"/> (a seed whose paragraphs were never split) is cut after its last
/// whole sentence within that bound, or, when even the first sentence is longer, at a word with
/// an ellipsis: the summary sits in the front matter, which load refuses past 64 kB.
/// </summary>
public sealed class SummaryEnricher : IEnricher
{
    public const int MaxLength = 1000;

    public ArticleDraft Enrich(ArticleDraft draft)
    {
        var summary = Bound(draft.Lead);
        return summary.Length == draft.Lead.Length
            ? draft with { Summary = summary }
            : draft.Warn($"the first paragraph is {draft.Lead.Length} characters: the summary is its first {summary.Length} (split the paragraph, or write a summary: line)") with { Summary = summary };
    }

    public static string Bound(string lead)
    {
        var (length, midSentence) = Cut(lead);
        return length == lead.Length ? lead : midSentence ? lead[..length] + "…" : lead[..length];
    }

    /// <summary>How many characters of the lead the summary holds (the ellipsis of a cut aside): the summary's span of the lead.</summary>
    public static int Covered(string lead) => Cut(lead).Length;

    private static (int Length, bool MidSentence) Cut(string lead)
    {
        if (lead.Length <= MaxLength) return (lead.Length, false);
        var end = LastSentenceEnd(lead);
        if (end > 0) return (end, false);
        var space = lead.LastIndexOf(' ', MaxLength - 1);
        var cut = space > MaxLength / 2 ? space : MaxLength - 1;
        // Never split a surrogate pair: half a character is not text any output format can hold.
        if (char.IsHighSurrogate(lead[cut - 1])) cut--;
        while (cut > 0 && char.IsWhiteSpace(lead[cut - 1])) cut--;
        return (cut, true);
    }

    // The end (exclusive) of the last sentence that ends within MaxLength: a '.', '!' or '?'
    // followed by a space and a capital letter, not after a digit ("10. passager" goes on).
    private static int LastSentenceEnd(string text)
    {
        var last = 0;
        for (var i = 1; i < MaxLength && i + 2 < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && !char.IsDigit(text[i - 1]))
                last = i + 1;
        }
        return last;
    }
}
