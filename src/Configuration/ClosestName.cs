using StaticNews.Text;

namespace StaticNews.Configuration;

/// <summary>
/// The known name a mistyped one was most likely meant to be ("titel" → "title"): the nearest by
/// edit distance, counting a swap of two neighbouring letters as one edit, if it is near enough
/// to be a typing slip rather than another word.
/// </summary>
public static class ClosestName
{
    public static string? To(string typed, IEnumerable<string> known)
    {
        var wanted = typed.Trim().ToLowerInvariant();
        var allowed = Math.Clamp(wanted.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            var distance = EditDistance.Distance(wanted, name.ToLowerInvariant(), allowed, swapIsOneEdit: true);
            if (distance <= allowed && distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }
        return best;
    }
}
