using StaticNews.Diagnostics;
using StaticNews.Ingest;
using StaticNews.Text;

namespace StaticNews.Tests.Ingest;

/// <summary>
/// A metadata file beside the seeds, as wire services deliver it beside the text: seed file name
/// → date and any front-matter field, in YAML or CSV. Each bad entry or field is reported with
/// its line and left out; the rest are used.
/// </summary>
public class SeedMetadataTests
{
    private static readonly DanishDateParser Dates = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"));

    private static (SeedMetadata Metadata, DiagnosticBag Diagnostics) Read(string fixture)
    {
        var diagnostics = new DiagnosticBag();
        var text = File.ReadAllText(RepoPaths.Fixture("metadata", fixture));
        return (SeedMetadata.Parse(fixture, text, fixture.EndsWith(".csv", StringComparison.Ordinal), Dates, diagnostics), diagnostics);
    }

    [Fact]
    public void A_YAML_file_gives_dates_in_any_form_and_fields_as_values_or_lists()
    {
        var (metadata, diagnostics) = Read("metadata.yml");
        Assert.Empty(diagnostics.All);

        var ritzau = metadata.For("ritzau-amnesti.txt")!;
        Assert.Equal(new DateTimeOffset(2023, 9, 22, 10, 41, 0, TimeSpan.FromHours(2)), ritzau.Date);
        Assert.Equal("Ritzau", ritzau.Source);
        Assert.Equal(["Nagorno-Karabakh-konflikten", "Amnesti"], ritzau.Tags);
        Assert.Equal(["Hikmet Hajiyev", "Ilham Aliyev"], ritzau.People);
        Assert.Equal(["Reuters"], ritzau.Organisations);
        Assert.Null(ritzau.Title);
        Assert.Null(ritzau.Locations);

        var billund = metadata.For("tv2-billund.txt")!;
        Assert.Equal(new DateTimeOffset(2010, 1, 4, 0, 0, 0, TimeSpan.FromHours(1)), billund.Date);
        Assert.Equal("Billund mistede hver tiende passager i 2009", billund.Title);
        Assert.Equal(["Billund", "Billund Lufthavn"], billund.Locations);
        Assert.Null(metadata.For("tv2-borgmestre.txt"));
    }

    [Fact]
    public void A_CSV_file_names_its_columns_in_the_first_row_and_separates_list_items_by_semicolons()
    {
        var (metadata, diagnostics) = Read("metadata.csv");
        Assert.Empty(diagnostics.All);

        var ritzau = metadata.For("ritzau-amnesti.txt")!;
        Assert.Equal(new DateTimeOffset(2023, 9, 22, 0, 0, 0, TimeSpan.FromHours(2)), ritzau.Date);
        Assert.Equal(["Nagorno-Karabakh-konflikten", "Amnesti"], ritzau.Tags);
        Assert.Null(ritzau.Title); // an empty cell gives nothing
        Assert.Null(ritzau.Locations);

        var billund = metadata.For("tv2-billund.txt")!;
        Assert.Equal(new DateTimeOffset(2010, 1, 4, 9, 10, 0, TimeSpan.FromHours(1)), billund.Date);
        Assert.Equal("Billund mistede \"hver tiende\" passager, siger lufthavnen", billund.Title);
        Assert.Equal(["Billund", "Billund Lufthavn"], billund.Locations);
        Assert.Equal(3, billund.Line);
    }

    [Fact]
    public void Each_mistake_is_reported_with_its_line_and_the_rest_is_used()
    {
        var (metadata, diagnostics) = Read("metadata-errors.yml");
        var messages = diagnostics.All.Select(d => (d.Line, d.Message)).ToList();

        Assert.Contains(messages, m => m.Line == 2 && m.Message.Contains("date '2023-13-01' of 'ritzau-amnesti.txt' is not a date"));
        Assert.Contains(messages, m => m.Line == 4 && m.Message.Contains("'tv2-billund.txt' must be followed by its fields"));
        Assert.Contains(messages, m => m.Line == 6 && m.Message.Contains("'dato' is not a metadata field"));
        Assert.Contains(messages, m => m.Line == 7 && m.Message.Contains("'title' of 'tv2-borgmestre.txt' must be one value"));
        Assert.All(diagnostics.All, d => Assert.Equal("metadata-errors.yml", d.File));

        // What was right in a faulty entry is still used.
        Assert.Equal("Aserbajdsjan tilbyder amnesti", metadata.For("ritzau-amnesti.txt")!.Title);
        Assert.Null(metadata.For("ritzau-amnesti.txt")!.Date);
        Assert.Equal(new DateTimeOffset(2010, 1, 4, 0, 0, 0, TimeSpan.FromHours(1)), metadata.For("tv2-borgmestre.txt")!.Date);
        Assert.Null(metadata.For("tv2-billund.txt"));
        Assert.False(metadata.Unreadable); // faulty entries, not a faulty file
    }

    [Fact]
    public void A_file_with_yaml_anchors_is_refused_with_its_line()
    {
        var diagnostics = new DiagnosticBag();
        var text = "ritzau-amnesti.txt:\n  tags: &nyheder [Udland, Politik]\ntv2-billund.txt:\n  tags: *nyheder\n";
        var metadata = SeedMetadata.Parse("metadata.yml", text, csv: false, Dates, diagnostics);
        Assert.Equal(0, metadata.Count);
        Assert.True(metadata.Unreadable);
        var problem = Assert.Single(diagnostics.All);
        Assert.Equal(2, problem.Line);
        Assert.Contains("uses a YAML anchor (&name); write the value out instead", problem.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_map_of_seeds_is_reported_and_gives_nothing()
    {
        var diagnostics = new DiagnosticBag();
        var metadata = SeedMetadata.Parse("metadata.yml", "- ritzau-amnesti.txt\n- tv2-billund.txt\n", csv: false, Dates, diagnostics);
        Assert.Equal(0, metadata.Count);
        Assert.True(metadata.Unreadable);
        Assert.Contains("expected a map from seed file name to its fields (e.g. '202", Assert.Single(diagnostics.All).Message);

        var csv = SeedMetadata.Parse("metadata.csv", "seed,date\nx.txt,2023-09-22\n", csv: true, Dates, new DiagnosticBag());
        Assert.Equal(0, csv.Count);
        Assert.True(csv.Unreadable);
    }
}
