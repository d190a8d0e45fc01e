using YamlDotNet.RepresentationModel;

namespace StaticNews.Configuration;

/// <summary>
/// input/places.yml, the site's own places for the entity tagger, checked before the tagger reads
/// it: each place a name, followed by nothing or by a list of its other names
/// (<c>Aarhus: [Århus]</c>). A wrong shape is named at its line, as site.yml's problems are.
/// </summary>
public static class PlacesFileCheck
{
    public static void Check(string file, string text)
    {
        var yaml = new YamlSettings(file);
        if (yaml.Root(text) is not { } root) return;
        foreach (var (keyNode, value) in root.Children)
        {
            var place = yaml.Key(keyNode);
            if (YamlSettings.IsEmpty(value)) continue;
            yaml.Lines(place, value, $"its other names, e.g. {place}: [{place}s]");
        }
    }
}
