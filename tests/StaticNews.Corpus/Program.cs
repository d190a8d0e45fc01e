using System.Globalization;
using StaticNews.Corpus;

// dotnet run --project tests/StaticNews.Corpus -c Release -- --count N --out DIR [--seed S] [--places FILE] [--days D] [--same-day N]
var count = 1000;
var seed = 42;
var sameDay = 0;
string? output = null;
string? places = null;
var days = CorpusGenerator.DefaultDays;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--count": count = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--out": output = args[++i]; break;
        case "--places": places = args[++i]; break;
        case "--same-day": sameDay = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--days": days = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: --count N --out DIR [--seed S] [--places data/gazetteer/places.tsv] [--days D] [--same-day N]");
            return 2;
    }
}
if (output == null)
{
    Console.Error.WriteLine("--out DIR is required");
    return 2;
}

if (days < 1)
{
    Console.Error.WriteLine($"--days must be at least 1 (got {days})");
    return 2;
}

places ??= PlaceList.FindDefault();
new CorpusGenerator(seed, PlaceList.Read(places), days).Write(output, count, sameDay);
Console.WriteLine($"wrote {count} seeds to {Path.Combine(output, "input", "seeds")}");
return 0;
