namespace StaticNews.Enrichment.Entities;

/// <summary>
/// The tags the entity tagger predicts, one per token: O, and B-/I- (begin, inside) of LOC, PER
/// and ORG. Index 0 is O; the order is part of the weight file format.
/// </summary>
public static class BioLabels
{
    public static readonly string[] All = ["O", "B-LOC", "I-LOC", "B-PER", "I-PER", "B-ORG", "I-ORG"];

    public static int Count => All.Length;

    /// <summary>The label's index; anything else (MISC, -deriv, -part subtypes) counts as O.</summary>
    public static int IndexOf(string label)
    {
        var index = Array.IndexOf(All, label);
        return index < 0 ? 0 : index;
    }

    public static bool IsInside(int label) => label is 2 or 4 or 6;

    /// <summary>I-X may only follow B-X or I-X.</summary>
    public static bool CanFollow(int previous, int label) => !IsInside(label) || previous == label || previous == label - 1;

    public static EntityType? TypeOf(int label) => label switch
    {
        1 or 2 => EntityType.Location,
        3 or 4 => EntityType.Person,
        5 or 6 => EntityType.Organisation,
        _ => null,
    };
}
