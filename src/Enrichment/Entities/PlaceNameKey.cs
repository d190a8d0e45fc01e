namespace StaticNews.Enrichment.Entities;

/// <summary>
/// The form place names are compared in: lower case, hyphens and runs of spaces as one space,
/// so "Nagorno-Karabakh", "Nagorno Karabakh" and "NAGORNO-KARABAKH" are one key.
/// </summary>
public static class PlaceNameKey
{
    public static string Of(string name)
    {
        var parts = name.ToLowerInvariant().Split([' ', '-', '‐', '–'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts);
    }
}
