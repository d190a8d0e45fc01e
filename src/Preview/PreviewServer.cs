using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Text;

namespace StaticNews.Preview;

/// <summary>
/// Serves a built output folder on 127.0.0.1 as GitHub Pages would: under the site's base path,
/// directory URLs answered by their index.html (a directory without its trailing slash is
/// redirected to it), unknown paths by 404.html with status 404. With live reload on, each HTML
/// page gets one script tag (reload.js, served from here) that listens for the next rebuild.
/// Uses the framework's own HttpListener: nothing to download, nothing listening beyond loopback.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private const string Internal = "__staticnews/";
    private static readonly byte[] ReloadScript = LoadReloadScript();

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8", [".json"] = "application/json", [".xml"] = "application/xml",
        [".svg"] = "image/svg+xml", [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg", [".webp"] = "image/webp",
        [".ico"] = "image/x-icon", [".txt"] = "text/plain; charset=utf-8", [".bin"] = "application/octet-stream",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly bool _liveReload;
    private readonly ConcurrentDictionary<HttpListenerResponse, byte> _waiting = new();
    private readonly CancellationTokenSource _stop = new();
    private int _build;
    private Task? _loop;

    public PreviewServer(string outputRoot, string basePath, int port, bool liveReload)
    {
        _root = Path.GetFullPath(outputRoot);
        _basePath = basePath;
        _liveReload = liveReload;
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Origin + "/");
    }

    /// <summary>"http://127.0.0.1:4000", no base path.</summary>
    public string Origin { get; }

    public string Url => Origin + _basePath;

    public void Start()
    {
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    /// <summary>A rebuild finished: every open page reloads.</summary>
    public void NotifyRebuilt()
    {
        Interlocked.Increment(ref _build);
        foreach (var response in _waiting.Keys) SendReload(response);
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Handle(context));
        }
    }

    private async Task Handle(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            if (!path.StartsWith(_basePath, StringComparison.Ordinal))
            {
                if (path == "/" || path + "/" == _basePath) Redirect(response, _basePath);
                else await NotFound(response);
                return;
            }
            var relative = path[_basePath.Length..];
            if (relative.StartsWith(Internal, StringComparison.Ordinal))
            {
                await HandleInternal(context, relative[Internal.Length..]);
                return;
            }
            var file = Path.GetFullPath(Path.Combine(_root, relative));
            if (!file.StartsWith(_root, StringComparison.Ordinal))
            {
                await NotFound(response);
                return;
            }
            if (Directory.Exists(file))
            {
                if (!path.EndsWith('/'))
                {
                    Redirect(response, path + "/");
                    return;
                }
                file = Path.Combine(file, "index.html");
            }
            if (File.Exists(file)) await Send(response, 200, file);
            else await NotFound(response);
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException or UnauthorizedAccessException)
        {
            // The reader went away, or a rebuild swapped output/ mid-read: nothing to tell anyone.
            try { response.Abort(); } catch (ObjectDisposedException) { }
        }
    }

    private async Task HandleInternal(HttpListenerContext context, string name)
    {
        var response = context.Response;
        if (name == "reload.js")
        {
            response.ContentType = ContentTypes[".js"];
            response.Headers["Cache-Control"] = "no-store";
            await response.OutputStream.WriteAsync(ReloadScript);
            response.Close();
        }
        else if (name == "events")
        {
            response.ContentType = "text/event-stream";
            response.Headers["Cache-Control"] = "no-store";
            response.SendChunked = true;
            await response.OutputStream.WriteAsync(": connected\n\n"u8.ToArray());
            await response.OutputStream.FlushAsync();
            _waiting[response] = 0;
            // Built again since this page was served: reload now.
            if (int.TryParse(context.Request.QueryString["since"], out var since) && since < Volatile.Read(ref _build))
                SendReload(response);
        }
        else
        {
            await NotFound(response);
        }
    }

    private void SendReload(HttpListenerResponse response)
    {
        if (!_waiting.TryRemove(response, out _)) return;
        try
        {
            response.OutputStream.Write("event: reload\ndata: reload\n\n"u8);
            response.OutputStream.Flush();
            response.Close();
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // That page was closed.
        }
    }

    private async Task Send(HttpListenerResponse response, int status, string file)
    {
        var bytes = await File.ReadAllBytesAsync(file);
        var extension = Path.GetExtension(file);
        if (_liveReload && extension.Equals(".html", StringComparison.OrdinalIgnoreCase)) bytes = WithReloadScript(bytes);
        response.StatusCode = status;
        response.ContentType = ContentTypes.GetValueOrDefault(extension, "application/octet-stream");
        // A preview must always show the latest build.
        response.Headers["Cache-Control"] = "no-cache";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private byte[] WithReloadScript(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{_basePath}{Internal}reload.js?build={Volatile.Read(ref _build)}\" defer></script>\n";
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + tag : text.Insert(at, tag));
    }

    private async Task NotFound(HttpListenerResponse response)
    {
        var page = Path.Combine(_root, "404.html");
        if (File.Exists(page))
        {
            await Send(response, 404, page);
            return;
        }
        response.StatusCode = 404;
        response.Close();
    }

    private static void Redirect(HttpListenerResponse response, string location)
    {
        response.StatusCode = 301;
        response.RedirectLocation = location;
        response.Close();
    }

    private static byte[] LoadReloadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("StaticNews.reload.js")
            ?? throw new InvalidOperationException("the reload script is not embedded in the assembly");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var response in _waiting.Keys)
            try { response.Abort(); } catch (ObjectDisposedException) { }
        _waiting.Clear();
        try { _listener.Stop(); } catch (ObjectDisposedException) { }
        _listener.Close();
        try { _loop?.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
