namespace StaticNews.Rendering.Views;

/// <summary><c>search</c> on the search page: where the form goes and where the script finds the index.</summary>
public sealed record SearchPageView(string Url, string ManifestUrl, string ScriptUrl, string TagsUrl, string LocationsUrl, string ArchiveUrl);
