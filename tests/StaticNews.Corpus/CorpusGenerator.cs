using System.Globalization;
using System.Text;

namespace StaticNews.Corpus;

/// <summary>
/// Writes a deterministic, seeded corpus of wire articles in the seed format StaticNews ingests
/// (title line, Danish date line, paragraphs with "- " quotes, an ad line, a /ritzau/ byline):
/// Danish-looking text with æøå, places and people drawn from Zipf distributions (a few very
/// common, a long tail), 250–900 words each, dates across ten years (or fewer days: with one, every article shares a
/// day, as an undated bulk import or a busy wire desk makes). Same count, seed and days, same bytes.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] Months =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    private static readonly string[] FirstNames =
    [
        "Anders", "Mette", "Lars", "Søren", "Hanne", "Jørgen", "Birgitte", "Mads", "Karen", "Henrik", "Lone", "Niels",
        "Pia", "Jens", "Susanne", "Peter", "Kirsten", "Morten", "Helle", "Rasmus", "Camilla", "Thomas", "Line", "Bjørn",
        "Ida", "Frederik", "Signe", "Mikkel", "Sofie", "Emil", "Astrid", "Oskar", "Freja", "Jakob", "Malene", "Kasper",
        "Trine", "Ulrik", "Vibeke", "Åse", "Ærling", "Øjvind", "Inger", "Poul", "Grethe", "Torben", "Bodil", "Kristian",
    ];

    private static readonly string[] LastNames =
    [
        "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen",
        "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen",
        "Frederiksen", "Knudsen", "Mikkelsen", "Lund", "Holm", "Schmidt", "Eriksen", "Kjær", "Søgaard", "Bech", "Dahl",
        "Lauridsen", "Østergaard", "Bjerre", "Skov", "Vestergaard", "Brøndum", "Kløvedal", "Grønbæk", "Ravn", "Frost",
    ];

    private static readonly string[] Subjects =
    [
        "Regeringen", "Kommunen", "Politiet", "Borgmesteren", "Ministeren", "Forbundet", "Selskabet", "Direktøren",
        "Beboerne", "Eksperterne", "Forskerne", "Lægerne", "Landmændene", "Fiskerne", "Studerende", "Oppositionen",
    ];

    private static readonly string[] Verbs =
    [
        "fremlægger", "afviser", "kritiserer", "undersøger", "godkender", "udskyder", "forhandler om", "varsler",
        "bekræfter", "frygter", "ønsker", "beslutter", "lover", "overvejer", "præsenterer", "støtter",
    ];

    private static readonly string[] Objects =
    [
        "en ny plan for den kollektive trafik", "besparelser på ældreplejen", "et forslag om grøn omstilling",
        "nye regler for fiskeriet", "en aftale om skattelettelser", "udbygningen af havnen", "en lukning af skolen",
        "støtte til landbruget", "en reform af erhvervsuddannelserne", "flere penge til sundhedsvæsenet",
        "en undersøgelse af vandkvaliteten", "byggeriet af nye boliger", "en løsning på trængslen", "vindmøller ved kysten",
    ];

    private static readonly string[] Fillers =
    [
        "ifølge", "blandt andet", "i løbet af", "på grund af", "efter flere års", "i forbindelse med", "til trods for",
        "i modsætning til", "på baggrund af", "som følge af", "med henblik på", "i første omgang",
    ];

    private static readonly string[] Nouns =
    [
        "økonomien", "kommunalvalget", "sundhedsområdet", "klimaet", "udviklingen", "beslutningen", "forhandlingerne",
        "befolkningen", "situationen", "markedet", "budgettet", "sikkerheden", "skolerne", "trafikken", "vejret", "høsten",
        "fødevarerne", "forsyningen", "boligmarkedet", "turismen", "efterspørgslen", "erhvervslivet", "rådhuset", "søerne",
    ];

    private static readonly DateTime SameDay = new(2020, 3, 11);

    private readonly Random _random;
    private readonly string[] _places;
    private readonly string[] _people;
    private readonly int _days;

    /// <summary>Ten years of days: the span dates are drawn from unless told otherwise.</summary>
    public const int DefaultDays = 10 * 365;

    public CorpusGenerator(int seed, IReadOnlyList<string> places, int days = DefaultDays)
    {
        _days = days;
        _random = new Random(seed);
        // Six hundred places spread over the whole list, in a seeded order, so the Zipf head is
        // not simply the start of the alphabet.
        var step = Math.Max(1, places.Count / 600);
        _places = places.Where((_, i) => i % step == 0).Take(600).ToArray();
        _random.Shuffle(_places);
        _people = Enumerable.Range(0, 4000)
            .Select(i => $"{FirstNames[i % FirstNames.Length]} {LastNames[(i * 7 + i / FirstNames.Length) % LastNames.Length]}")
            .Distinct().ToArray();
    }

    /// <summary>
    /// Writes <c>&lt;root&gt;/input/site.yml</c> and <c>&lt;root&gt;/input/seeds/*.txt</c>; <paramref name="sameDay"/>
    /// of the articles, spread over the seeds, are dated on one day (as on a day of big news), the
    /// rest as without it.
    /// </summary>
    public void Write(string root, int count, int sameDay = 0)
    {
        var seeds = Path.Combine(root, "input", "seeds");
        Directory.CreateDirectory(seeds);
        Directory.CreateDirectory(Path.Combine(root, "input", "articles"));
        File.WriteAllText(Path.Combine(root, "input", "site.yml"),
            "title: Genereret arkiv\nbase_url: https://example.org/\nlanguage: da\ntime_zone: Europe/Copenhagen\npage_size: 20\n");
        var width = Math.Max(6, count.ToString(CultureInfo.InvariantCulture).Length);
        var step = sameDay > 0 ? Math.Max(1, count / sameDay) : 0;
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(seeds, i.ToString("D" + width, CultureInfo.InvariantCulture) + ".txt"),
                Article(step > 0 && i % step == 0 && i / step < sameDay));
    }

    public string Article(bool onTheSameDay = false)
    {
        var place = Zipf(_places, 1.1);
        var person = Zipf(_people, 0.9);
        var text = new StringBuilder();
        text.Append(Capitalise($"{Pick(Subjects)} i {place} {Pick(Verbs)} {Pick(Objects)}")).Append('\n');
        var minutes = _random.Next(0, _days * 24 * 60);
        var date = onTheSameDay ? SameDay.AddMinutes(minutes % (24 * 60)) : new DateTime(2014, 1, 1).AddMinutes(minutes);
        text.Append(CultureInfo.InvariantCulture, $"{date.Day:D2} {Months[date.Month - 1]} {date.Year} kl. {date.Hour:D2}.{date.Minute:D2}\n\n");

        var target = _random.Next(250, 901);
        var words = 0;
        var paragraph = 0;
        while (words < target)
        {
            var sentence = paragraph % 4 == 2 ? Quote(person) : Sentence(place, person);
            text.Append(sentence).Append("\n\n");
            words += sentence.Count(c => c == ' ') + 1;
            if (++paragraph == 5) text.Append("Artiklen fortsætter under annoncen\n\n");
        }
        text.Append("/ritzau/\n");
        return text.ToString();
    }

    private string Sentence(string place, string person)
    {
        var other = Zipf(_places, 1.1);
        var someone = _random.Next(3) == 0 ? Zipf(_people, 0.9) : person;
        return _random.Next(4) switch
        {
            0 => $"{Pick(Subjects)} i {place} {Pick(Verbs)} {Pick(Objects)}, {Pick(Fillers)} {Pick(Nouns)} og {Pick(Nouns)}.",
            1 => $"Det siger {someone}, der følger {Pick(Nouns)} tæt, til Ritzau. {Capitalise(Pick(Fillers))} {Pick(Nouns)} er der stadig usikkerhed i {other}.",
            2 => $"{Capitalise(Pick(Fillers))} {Pick(Nouns)} har {Pick(Subjects).ToLowerInvariant()} i {other} og {place} drøftet {Pick(Objects)}.",
            _ => $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)}, mens {Pick(Nouns)} i {other} får større betydning for {Pick(Nouns)}.",
        };
    }

    private string Quote(string person)
        => $"- Vi {Pick(["må", "skal", "vil", "kan"])} se på {Pick(Objects)}, og det gælder også {Pick(Nouns)}, siger {person}.";

    private string Pick(IReadOnlyList<string> items) => items[_random.Next(items.Count)];

    /// <summary>Rank r is drawn with probability ∝ 1/r^s: a few items everywhere, most rarely.</summary>
    private string Zipf(string[] items, double exponent)
    {
        var u = _random.NextDouble();
        var rank = (int)Math.Floor(Math.Pow(items.Length + 1, Math.Pow(u, 1.0 / (1.0 + exponent))));
        return items[Math.Clamp(rank - 1, 0, items.Length - 1)];
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
