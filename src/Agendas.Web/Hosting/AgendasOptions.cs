namespace Agendas.Web.Hosting;

/// <summary>
/// The <c>Agendas</c> configuration section (product.md, "Configuration"). An empty string means "the default",
/// so that appsettings.json can list every key without fixing a machine-specific path.
/// </summary>
internal sealed class AgendasOptions
{
    public const string Section = "Agendas";

    /// <summary>Letters imported at start-up; default: the repository's (or the published app's) <c>seeds/</c>.</summary>
    public string? SeedDirectory { get; set; }

    /// <summary>Import the seed folder at every start; the importer skips unchanged files, so this is idempotent.</summary>
    public bool ImportSeedsOnStartup { get; set; } = true;

    /// <summary>The topic vocabulary; default: the <c>topics.json</c> shipped next to the program.</summary>
    public string? TopicsFile { get; set; }

    /// <summary>The base of permalinks in citations; default: taken from the request.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Keep rendered pages in memory until an import changes the data (<see cref="PageCache"/>); off only to measure
    /// the app without it (tools/load.sh).
    /// </summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>How often the app reads the data version that every import bumps (<see cref="DataVersionWatcher"/>).</summary>
    public TimeSpan DataVersionPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A topic with more entries than this shows its timeline one year at a time (<c>?jaar=</c>): at 10,000 letters
    /// "Rusland" has thousands of items, and one page of all of them was 9 MB.
    /// </summary>
    public int TopicTimelineByYearAbove { get; set; } = 300;

    /// <summary>
    /// With more meetings than this (after a council filter) and no year chosen, <c>/vergaderingen</c> shows the newest
    /// year and offers the others as links: at 10,000 letters one page of all 6,838 meetings was 12 MB and took a second.
    /// </summary>
    public int MeetingListByYearAbove { get; set; } = 300;
}
