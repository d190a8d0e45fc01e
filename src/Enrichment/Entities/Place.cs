namespace StaticNews.Enrichment.Entities;

/// <summary>A canonical place. <paramref name="IsCommonWord"/>: its name is also an everyday Danish word ("Ry").</summary>
public sealed record Place(string Name, string Kind, bool IsCommonWord);
