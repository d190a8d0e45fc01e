using System.CommandLine;

namespace StaticNews.Cli;

/// <summary>Entry point: `dotnet run` with no arguments builds input/ into output/ with theme/.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("StaticNews: a static site generator for news-article archives.")
        {
            BuildCommand.Create(),
            ServeCommand.Create(),
            NewCommand.Create(),
            IngestCommand.Create(),
            CheckCommand.Create(),
            EntitiesCommand.Create(),
        };
        return root.Parse(args.Length == 0 ? ["build"] : args).Invoke();
    }
}
