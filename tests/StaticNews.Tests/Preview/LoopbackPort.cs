using System.Net;
using System.Net.Sockets;

namespace StaticNews.Tests.Preview;

/// <summary>A loopback port nothing listens on at the moment of asking, for a preview server under test.</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
