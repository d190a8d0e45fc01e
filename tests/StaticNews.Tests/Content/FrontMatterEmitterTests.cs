using CsCheck;
using StaticNews.Content;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;
using YamlDotNet.Serialization.NamingConventions;

namespace StaticNews.Tests.Content;

/// <summary>
/// Front matter is written exactly as YamlDotNet's serialiser, configured as ingest always
/// configured it, writes the same document: every file ingest wrote before stays untouched in
/// the eyes of the next build, and every value reads back as it was.
/// </summary>
public class FrontMatterEmitterTests
{
    // The serialiser ingest wrote front matter with: the oracle.
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .WithEventEmitter(next => new FlowLists(next))
        .DisableAliases()
        .Build();

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char["abcæøåABCÆØÅ 0123456789-./"], 0, 30],
        Gen.String[Gen.Char["abc æø:#-?[]{},&*!|>'\"%@`\\\t\n\r~=+"], 0, 12],
        Gen.String[Gen.Char['\u0000', '\u024F'], 0, 8],
        Gen.OneOf(Gen.Const("true"), Gen.Const("no"), Gen.Const("null"), Gen.Const("~"), Gen.Const("123"), Gen.Const("1.5e3"), Gen.Const("0x1F"),
            Gen.Const(""), Gen.Const(" "), Gen.Const("- a"), Gen.Const("a: b"), Gen.Const("#x"), Gen.Const("2023-05-01"), Gen.Const("2023-05-01T10:00:00+02:00"),
            Gen.Const("---"), Gen.Const("..."), Gen.Const("'quoted'"), Gen.Const("line\nbreak"), Gen.Const("trailing "), Gen.Const("København"), Gen.Const("Y")));

    private static readonly Gen<string?> MaybeText = Gen.OneOf(Text.Select(t => (string?)t), Gen.Const((string?)null));
    private static readonly Gen<List<string>?> MaybeList = Gen.OneOf(Text.List[0, 4].Select(l => (List<string>?)l), Gen.Const((List<string>?)null));

    private static readonly Gen<(string?, string?, string?, string?, string?, string?, string?)> Strings = Gen.Select(MaybeText, MaybeText, MaybeText, MaybeText, MaybeText, MaybeText, MaybeText);
    private static readonly Gen<(List<string>?, List<string>?, List<string>?, List<string>?, string?, bool?, string?)> Rest =
        Gen.Select(MaybeList, MaybeList, MaybeList, MaybeList, MaybeText, Gen.OneOf(Gen.Bool.Select(b => (bool?)b), Gen.Const((bool?)null)), MaybeText);

    private static readonly Gen<FrontMatterDocument> Document = Gen.Select(Strings, Rest, (s, r) => new FrontMatterDocument
    {
        Title = s.Item1, Date = s.Item2, DateSource = s.Item3, Slug = s.Item4, Summary = s.Item5, Source = s.Item6, Language = s.Item7,
        Locations = r.Item1, People = r.Item2, Organisations = r.Item3, Tags = r.Item4, Seed = r.Item5, Draft = r.Item6, SeedHash = r.Item7, GeneratedHash = r.Item7,
    });

    [Fact]
    public void Any_document_is_written_as_the_serialiser_wrote_it()
        => Document.Sample(document => Assert.Equal(Serializer.Serialize(document), FrontMatterEmitter.Write(document)), iter: 20_000);

    [Fact]
    public void Every_key_of_the_document_is_written_once_it_is_set()
    {
        var document = new FrontMatterDocument { Draft = true };
        foreach (var property in typeof(FrontMatterDocument).GetProperties())
        {
            if (property.PropertyType == typeof(string)) property.SetValue(document, "x");
            else if (property.PropertyType == typeof(List<string>)) property.SetValue(document, new List<string> { "x" });
        }

        var keys = FrontMatterEmitter.Write(document).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[..line.IndexOf(':')]);

        Assert.Equal(typeof(FrontMatterDocument).GetProperties().Select(p => UnderscoredNamingConvention.Instance.Apply(p.Name)), keys);
    }

    [Fact]
    public void An_ingested_article_is_written_as_the_serialiser_wrote_it()
    {
        var document = new FrontMatterDocument
        {
            Title = "Beboerne i Aalborg lover en undersøgelse af vandkvaliteten", Date = "2016-02-04T21:07:00+01:00", DateSource = "text",
            Slug = "beboerne-i-aalborg-lover-en-undersoegelse-af-vandkvaliteten", Summary = "Lægerne i Aalborg ønsker byggeriet af nye boliger: en reform.",
            Source = "Ritzau", Language = "da", Locations = ["Aalborg"], People = ["Søren Knudsen", "Kirsten Dahl"], Tags = [], Seed = "seeds/009752.txt",
            SeedHash = "a0054e6bf027720b16405af35560b824ac923faad068b18a8339795f58efb095",
        };

        Assert.Equal(Serializer.Serialize(document), FrontMatterEmitter.Write(document));
        Assert.StartsWith("title: Beboerne i Aalborg lover en undersøgelse af vandkvaliteten\ndate: 2016-02-04T21:07:00+01:00\n", FrontMatterEmitter.Write(document));
    }

    private sealed class FlowLists(IEventEmitter next) : ChainedEventEmitter(next)
    {
        public override void Emit(SequenceStartEventInfo eventInfo, IEmitter emitter)
        {
            eventInfo.Style = SequenceStyle.Flow;
            base.Emit(eventInfo, emitter);
        }
    }
}
