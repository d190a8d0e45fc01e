using StaticNews.Pipeline.Stages;

namespace StaticNews.Tests.Pipeline.Stages;

/// <summary>
/// The up-to-date check starts loading the entity recogniser when input/seeds/ changed since the
/// last build; ingest takes what was loaded when it was loaded from the place list ingest read,
/// and makes its own otherwise.
/// </summary>
public class RecognizerLoadTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Places => _temp["places.yml"];

    [Fact]
    public void A_started_load_is_what_ingest_gets_for_the_same_place_list()
    {
        File.WriteAllText(Places, "Gudhjem: [Gudhjem Havn]\n");
        var load = new RecognizerLoad(Places);

        load.Start();

        Assert.Same(load.For(File.ReadAllText(Places)), load.For(File.ReadAllText(Places)));
    }

    [Fact]
    public void A_load_from_a_place_list_that_changed_since_is_not_used()
    {
        File.WriteAllText(Places, "Gudhjem: [Gudhjem Havn]\n");
        var load = new RecognizerLoad(Places);
        load.Start();
        var loaded = load.For("Gudhjem: [Gudhjem Havn]\n");

        Assert.NotSame(loaded, load.For("Allinge: [Allinge Havn]\n"));
        Assert.NotSame(loaded, load.For(null));
    }

    [Fact]
    public void Without_a_load_started_ingest_makes_its_own_each_time_it_asks()
    {
        var load = new RecognizerLoad(Places);

        Assert.NotSame(load.For(null), load.For(null));
    }

    [Fact]
    public void The_load_starts_when_the_seeds_folder_was_written_since_the_last_build_and_not_otherwise()
    {
        var seeds = Directory.CreateDirectory(_temp["seeds"]).FullName;
        var lastBuild = DateTime.UtcNow;

        Directory.SetLastWriteTimeUtc(seeds, lastBuild - TimeSpan.FromHours(1));
        var unchanged = new RecognizerLoad(Places);
        unchanged.StartWhenSeedsChanged(seeds, lastBuild);
        Assert.NotSame(unchanged.For(null), unchanged.For(null));

        Directory.SetLastWriteTimeUtc(seeds, lastBuild + TimeSpan.FromMinutes(1));
        var changed = new RecognizerLoad(Places);
        changed.StartWhenSeedsChanged(seeds, lastBuild);
        Assert.Same(changed.For(null), changed.For(null));
    }
}
