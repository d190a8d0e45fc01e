using System.CommandLine;
using System.Runtime.InteropServices;
using StaticNews.Preview;

namespace StaticNews.Cli;

/// <summary>`serve`: build, preview on 127.0.0.1, rebuild and reload open pages on every change.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 to serve on.", DefaultValueFactory = _ => 4000 };
        var noWatch = new Option<bool>("--no-watch") { Description = "Serve the built site as it is: no watching, no reload script (e.g. for Lighthouse)." };
        var command = new Command("serve", "Build the site, serve it on 127.0.0.1 and rebuild and reload on every change (Ctrl-C stops).");
        common.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(noWatch);
        command.SetAction(result =>
        {
            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
            Console.CancelKeyPress += onCancel;
            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
            var first = true;
            var exit = 0;
            var session = new PreviewSession(common.Paths(result), result.GetValue(port), !result.GetValue(noWatch), Console.Out)
            {
                OnBuilt = build =>
                {
                    if (first) new ConsoleReporter(Console.Out, Console.Error).Summary(build);
                    else ConsoleReporter.Short(build, Console.Out, Console.Error);
                    if (first && build.FatalError != null) exit = 2;
                    first = false;
                },
                OnListening = url => Console.WriteLine($"serving {url}  (Ctrl-C stops)"),
            };
            try
            {
                session.Run(stop.Token);
            }
            catch (System.Net.HttpListenerException e)
            {
                Console.Error.WriteLine($"error: cannot listen on 127.0.0.1:{result.GetValue(port)}: {e.Message} (try --port)");
                return 2;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
            Console.WriteLine("stopped");
            return exit;
        });
        return command;
    }
}
