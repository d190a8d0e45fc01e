namespace StaticNews.Enrichment.Entities;

/// <summary>
/// One mention of a place, person or organisation: where it stands (text index and character
/// span), what it says, and the canonical name it counts towards ("Armeniens" → Armenien).
/// </summary>
public sealed record EntityMention(EntityType Type, int TextIndex, int Start, int Length, string Surface, string Canonical);
