using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticNews.Content;

/// <summary>
/// Writes a <see cref="FrontMatterDocument"/> as YAML: its keys in declaration order, unset ones
/// left out, lists in the compact <c>[a, b]</c> form, each value styled (plain or quoted) by
/// YamlDotNet's emitter. The events are made here rather than by YamlDotNet's serialiser, whose
/// first use inspects the document by reflection, a start-up cost paid by every build that
/// ingests a single article; the text is the same (FrontMatterEmitterTests).
/// </summary>
internal static class FrontMatterEmitter
{
    private static readonly TagName StringTag = new("tag:yaml.org,2002:str");
    private static readonly TagName BoolTag = new("tag:yaml.org,2002:bool");

    public static string Write(FrontMatterDocument document)
    {
        var text = new StringWriter { NewLine = "\n" };
        var emitter = new Emitter(text);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Any));
        Value(emitter, "title", document.Title);
        Value(emitter, "date", document.Date);
        Value(emitter, "date_source", document.DateSource);
        Value(emitter, "slug", document.Slug);
        Value(emitter, "summary", document.Summary);
        Value(emitter, "source", document.Source);
        Value(emitter, "language", document.Language);
        List(emitter, "locations", document.Locations);
        List(emitter, "people", document.People);
        List(emitter, "organisations", document.Organisations);
        List(emitter, "tags", document.Tags);
        Value(emitter, "seed", document.Seed);
        if (document.Draft is { } draft)
        {
            Key(emitter, "draft");
            emitter.Emit(new Scalar(AnchorName.Empty, BoolTag, draft ? "true" : "false", ScalarStyle.Any, true, false));
        }
        Value(emitter, "seed_hash", document.SeedHash);
        Value(emitter, "generated_hash", document.GeneratedHash);
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Key(IEmitter emitter, string key) => emitter.Emit(new Scalar(AnchorName.Empty, StringTag, key, ScalarStyle.Any, true, true));

    private static void Value(IEmitter emitter, string key, string? value)
    {
        if (value == null) return;
        Key(emitter, key);
        String(emitter, value);
    }

    private static void List(IEmitter emitter, string key, List<string>? values)
    {
        if (values == null) return;
        Key(emitter, key);
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow));
        foreach (var value in values) String(emitter, value);
        emitter.Emit(new SequenceEnd());
    }

    private static void String(IEmitter emitter, string value) => emitter.Emit(new Scalar(AnchorName.Empty, StringTag, value, ScalarStyle.Any, true, true));
}
