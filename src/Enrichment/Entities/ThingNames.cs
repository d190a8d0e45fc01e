using StaticNews.Text;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// Names of things the tagger takes for people: a car model after its make ("Opel Omega",
/// "Toyota Carina", "Seat Toledo") and a vessel after the noun that says what it is
/// ("kystvagtskibet Lafjord", "inspektionsskibet Fylla"). They name neither a person nor a place
/// nor an organisation, so their labels are cleared. Works on the labels of one sentence.
/// </summary>
internal static class ThingNames
{
    private static readonly HashSet<string> CarMakes = new(StringComparer.Ordinal)
    {
        "Alfa", "Audi", "BMW", "Chevrolet", "Chrysler", "Citroën", "Dacia", "Fiat", "Ford", "Honda", "Hyundai", "Jaguar", "Kia",
        "Lada", "Lancia", "Land", "Mazda", "Mercedes", "Mitsubishi", "Nissan", "Opel", "Peugeot", "Porsche", "Range", "Renault",
        "Saab", "Seat", "Skoda", "Škoda", "Subaru", "Suzuki", "Tesla", "Toyota", "Volkswagen", "Volvo", "VW",
    };

    // Nouns, most in the definite form a vessel's name follows: "skibet", "kutteren", "færgen".
    private static readonly string[] VesselEndings =
        ["skibet", "skib", "kutter", "kutteren", "ubåden", "færgen", "fregatten", "trawleren", "skonnerten", "korvetten", "coasteren"];

    public static void Clear(List<Token> sentence, int[] labels)
    {
        for (var i = 0; i < sentence.Count; i++)
        {
            if (BioLabels.TypeOf(labels[i]) is not { } type || BioLabels.IsInside(labels[i])) continue;
            var end = i + 1;
            while (end < sentence.Count && labels[end] == labels[i] + 1) end++;
            var afterVessel = i > 0 && IsVesselNoun(sentence[i - 1].Text);
            // A person's name starting with a make and going on ("Seat Toledo"), or right after one ("Toyota Carina").
            var car = type == EntityType.Person && (end - i > 1 && CarMakes.Contains(sentence[i].Text) || i > 0 && CarMakes.Contains(sentence[i - 1].Text));
            if (afterVessel || car)
            {
                for (var k = i; k < end; k++) labels[k] = 0;
                // The make itself, tagged as a name of its own, goes with its model.
                if (car && i > 0 && CarMakes.Contains(sentence[i - 1].Text) && !BioLabels.IsInside(labels[i - 1])) labels[i - 1] = 0;
            }
            i = end - 1;
        }
    }

    private static bool IsVesselNoun(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var ending in VesselEndings)
            if (lower.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }
}
