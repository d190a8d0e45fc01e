using System.Globalization;
using StaticNews.Corpus;

// dotnet run --project tests/StaticNews.Corpus -c Release -- --count N --out DIR [--seed S] [--places FILE] [--same-day N]
var count = 1000;
var seed = 42;
var sameDay = 0;
string? output = null;
string? places = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--count": count = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--out": output = args[++i]; break;
        case "--places": places = args[++i]; break;
        case "--same-day": sameDay = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: --count N --out DIR [--seed S] [--places data/gazetteer/places.tsv] [--same-day N]");
            return 2;
    }
}
if (output == null)
{
    Console.Error.WriteLine("--out DIR is required");
    return 2;
}

places ??= PlaceList.FindDefault();
new CorpusGenerator(seed, PlaceList.Read(places)).Write(output, count, sameDay);
Console.WriteLine($"wrote {count} seeds to {Path.Combine(output, "input", "seeds")}");
return 0;
