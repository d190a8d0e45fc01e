using StaticNews.Enrichment.Entities;

namespace StaticNews.Pipeline.Stages;

/// <summary>
/// The entity recogniser (the bundled tagger, word lists and places, the site's place list, a
/// warm-up sentence) loaded on another thread from as early as a build can tell that a seed will
/// be drafted: the up-to-date check starts it when input/seeds/ has changed since the last build
/// (<see cref="StartWhenSeedsChanged"/>), so it loads beside the check's walk of the inputs rather
/// than after it, while ingest lists the archive. Ingest asks for it (<see cref="For"/>) with the
/// place list it read and checked; a load that began from other bytes, or failed, is not used, and
/// the recogniser is made there and then as if nothing had started it.
/// </summary>
public sealed class RecognizerLoad(string placesFile)
{
    private readonly Lock _lock = new();
    private Task<(string? Places, EntityRecognizer Recognizer)>? _loading;

    /// <summary>
    /// Starts the load when input/seeds/ was written since <paramref name="lastStamped"/> (the last
    /// build's stamps, or the time its record was written): a seed added or removed writes the
    /// folder. A seed changed in place does not, nor one in a folder below; ingest then starts the
    /// load itself, a little later.
    /// </summary>
    public void StartWhenSeedsChanged(string seedsFolder, DateTime lastStamped)
    {
        if (Directory.Exists(seedsFolder) && Directory.GetLastWriteTimeUtc(seedsFolder) >= lastStamped.ToUniversalTime() - FolderTimeSlack)
            Start();
    }

    // A folder written in the instant the stamps were taken may be written again without its time
    // moving (the racy case InputFingerprint allows for too): within this, the load starts anyway.
    private static readonly TimeSpan FolderTimeSlack = TimeSpan.FromSeconds(2);

    /// <summary>Starts loading with the place list as the file holds it now, unless a load started already.</summary>
    public void Start()
    {
        lock (_lock)
            _loading ??= Task.Run(() =>
            {
                var places = File.Exists(placesFile) ? File.ReadAllText(placesFile) : null;
                return (places, Make(places));
            });
    }

    /// <summary>The recogniser for the site's place list <paramref name="places"/> (null: none): the one loading, if it was loaded from these, else one made now.</summary>
    public EntityRecognizer For(string? places)
    {
        Task<(string? Places, EntityRecognizer Recognizer)>? loading;
        lock (_lock) loading = _loading;
        if (loading != null)
        {
            try
            {
                var (loadedFrom, recognizer) = loading.GetAwaiter().GetResult();
                if (loadedFrom == places) return recognizer;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Made again below, where whatever is wrong is met where ingest reports it.
            }
        }
        return Make(places);
    }

    private static EntityRecognizer Make(string? places)
    {
        var gazetteer = Gazetteer.LoadBundled();
        if (places != null) gazetteer.AddSiteYaml(places);
        var recognizer = new EntityRecognizer(gazetteer, CommonWords.LoadBundled());
        recognizer.WarmUp();
        return recognizer;
    }
}
