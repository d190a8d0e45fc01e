using System.Xml.Linq;
using StaticNews.Scaffold;

namespace StaticNews.Tests.Scaffold;

/// <summary>`new --generator owner/repo@ref`: what it accepts, what it refuses, and its default, read from the project file.</summary>
public class GeneratorReferenceTests
{
    [Fact]
    public void The_default_is_the_project_s_repository_at_the_tag_of_its_version()
    {
        var project = XDocument.Load(Path.Combine(RepoPaths.Root, "StaticNews.csproj"));
        string Property(string name) => project.Descendants().Single(e => e.Name.LocalName == name).Value;
        var url = new Uri(Property("RepositoryUrl"));
        Assert.Equal("github.com", url.Host);
        Assert.Equal(url.AbsolutePath.Trim('/'), GeneratorReference.Default.Repository);
        Assert.Equal("v" + Property("Version"), GeneratorReference.Default.Ref);
    }

    [Theory]
    [InlineData("newsroom/archive@v1.2.0", "newsroom/archive", "v1.2.0")]
    [InlineData("a-b/StaticNews.fork@0123456789abcdef0123456789abcdef01234567", "a-b/StaticNews.fork", "0123456789abcdef0123456789abcdef01234567")]
    [InlineData("owner/repo@release/2026", "owner/repo", "release/2026")]
    public void Owner_repository_and_ref_are_read_as_written(string text, string repository, string reference)
    {
        var generator = GeneratorReference.Parse(text);
        Assert.Equal(new GeneratorReference(repository, reference), generator);
        Assert.Equal(text, generator.ToString());
    }

    [Theory]
    [InlineData("owner/repo")]            // no ref: the version would float
    [InlineData("repo@v1")]               // no owner
    [InlineData("owner/repo@v1 && curl")] // not a ref
    [InlineData("owner/repo@v1@v2")]
    [InlineData("https://github.com/owner/repo@v1")]
    public void Anything_else_is_refused_in_the_option_s_words(string text)
    {
        var error = Assert.Throws<FormatException>(() => GeneratorReference.Parse(text));
        Assert.Contains($"--generator '{text}'", error.Message);
        Assert.Contains("owner/repository@ref", error.Message);
    }

    [Theory]
    [InlineData("https://github.com/owner/repo", "owner/repo")]
    [InlineData("https://github.com/owner/repo.git", "owner/repo")]
    [InlineData("https://github.com/owner/repo/", "owner/repo")]
    public void A_GitHub_address_gives_owner_and_repository(string url, string repository)
        => Assert.Equal(repository, GeneratorReference.RepositoryFromUrl(url));
}
