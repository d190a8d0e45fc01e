using System.Text;

namespace StaticNews.Search.Analysis;

/// <summary>
/// The Snowball Danish stemmer (snowballstem.org/algorithms/danish), written from the published
/// algorithm so that "armenske", "armensk" and "armenskes" meet in one index term. The browser's
/// theme/assets/search-analysis.js carries the same algorithm; tests hold both to every line of the
/// Snowball vocabulary, so a word typed in the browser finds the term the build indexed.
/// Input is expected in lower case.
/// </summary>
public static class DanishStemmer
{
    private const string Vowels = "aeiouyæåø";
    private const string SEnding = "abcdfghjklmnoprtvyzå";
    private const string Consonants = "bcdfghjklmnpqrstvwxz";

    // Step 1 suffixes, longest first so the first match is the longest one (as Snowball's among).
    private static readonly string[] MainSuffixes = new[]
    {
        "hed", "ethed", "ered", "e", "erede", "ende", "erende", "ene", "erne", "ere", "en", "heden", "eren", "er",
        "heder", "erer", "heds", "es", "endes", "erendes", "enes", "ernes", "eres", "ens", "hedens", "erens", "ers",
        "ets", "erets", "et", "eret", "s",
    }.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToArray();

    private static readonly string[] OtherSuffixes = ["elig", "løst", "lig", "els", "ig"];

    public static string Stem(string word)
    {
        if (word.Length < 3) return word;
        var w = new StringBuilder(word);
        var p1 = RegionOne(word);

        MainSuffix(w, p1);
        ConsonantPair(w, p1);
        OtherSuffix(w, p1);
        Undouble(w, p1);
        return w.ToString();
    }

    /// <summary>
    /// R1 starts after the first non-vowel that follows a vowel, but never before the fourth
    /// letter (so at least three letters stay in front of it).
    /// </summary>
    private static int RegionOne(string word)
    {
        var i = 0;
        while (i < word.Length && !IsVowel(word[i])) i++;
        while (i < word.Length && IsVowel(word[i])) i++;
        if (i >= word.Length) return word.Length;
        var p1 = i + 1;
        return Math.Max(p1, 3);
    }

    private static void MainSuffix(StringBuilder w, int p1)
    {
        foreach (var suffix in MainSuffixes)
        {
            if (!EndsInRegion(w, suffix, p1)) continue;
            if (suffix == "s")
            {
                // A lone s goes only after a letter that can end a Danish stem ("hus" → "hus" stays).
                if (w.Length >= 2 && SEnding.Contains(w[^2])) w.Length--;
            }
            else
            {
                w.Length -= suffix.Length;
            }
            return;
        }
    }

    /// <summary>gd, dt, gt or kt in R1 lose their last letter ("fremgangsmådt" style endings).</summary>
    private static void ConsonantPair(StringBuilder w, int p1)
    {
        if (EndsInRegion(w, "gd", p1) || EndsInRegion(w, "dt", p1) || EndsInRegion(w, "gt", p1) || EndsInRegion(w, "kt", p1))
            w.Length--;
    }

    private static void OtherSuffix(StringBuilder w, int p1)
    {
        // "igst" → "ig", wherever it stands (not only in R1).
        if (EndsWith(w, "igst")) w.Length -= 2;
        foreach (var suffix in OtherSuffixes)
        {
            if (!EndsInRegion(w, suffix, p1)) continue;
            if (suffix == "løst")
            {
                w.Length -= 1;
            }
            else
            {
                w.Length -= suffix.Length;
                ConsonantPair(w, p1);
            }
            return;
        }
    }

    /// <summary>A doubled consonant at the end, its last letter in R1, loses one letter.</summary>
    private static void Undouble(StringBuilder w, int p1)
    {
        if (w.Length - 1 >= p1 && w.Length >= 2 && Consonants.Contains(w[^1]) && w[^2] == w[^1])
            w.Length--;
    }

    private static bool EndsInRegion(StringBuilder w, string suffix, int p1)
        => w.Length - suffix.Length >= p1 && EndsWith(w, suffix);

    private static bool EndsWith(StringBuilder w, string suffix)
    {
        if (w.Length < suffix.Length) return false;
        var start = w.Length - suffix.Length;
        for (var i = 0; i < suffix.Length; i++)
            if (w[start + i] != suffix[i]) return false;
        return true;
    }

    private static bool IsVowel(char c) => Vowels.Contains(c);
}
