using StaticNews.Configuration;

namespace StaticNews.Tests.Configuration;

/// <summary>
/// Only regular files are opened: a named pipe, a device or a folder is recognised by its type,
/// before anything opens it (opening a pipe waits for a writer forever).
/// </summary>
public sealed class RegularFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_regular_file_is_read_and_a_folder_is_not()
    {
        var file = _temp["a.txt"];
        File.WriteAllText(file, "tekst");
        Directory.CreateDirectory(_temp["b.txt"]);

        Assert.Null(RegularFile.WhyNot(file));
        Assert.Equal("tekst"u8.ToArray(), RegularFile.ReadReusing(file).ToArray());
        Assert.Equal("a folder", RegularFile.WhyNot(_temp["b.txt"]));
    }

    [Fact]
    public void A_read_reusing_the_threads_buffer_gives_the_files_bytes_and_reuses_it_for_the_next()
    {
        File.WriteAllText(_temp["a.txt"], "første");
        File.WriteAllBytes(_temp["empty.txt"], []);
        var large = new byte[200_000];
        new Random(7).NextBytes(large);
        File.WriteAllBytes(_temp["large.bin"], large);

        var first = RegularFile.ReadReusing(_temp["a.txt"]);
        Assert.Equal("første"u8.ToArray(), first.ToArray());
        var second = RegularFile.ReadReusing(_temp["empty.txt"]);
        Assert.Equal(0, second.Count);
        Assert.Same(first.Array, second.Array);
        Assert.Equal(large, RegularFile.ReadReusing(_temp["large.bin"]).ToArray());
        Assert.Equal("første"u8.ToArray(), RegularFile.ReadReusing(_temp["a.txt"]).ToArray());
    }

    [SpecialFilesFact]
    public void A_named_pipe_is_refused_at_once_without_being_opened()
    {
        var pipe = _temp["pipe.txt"];
        SpecialFiles.MakeFifo(pipe);

        Assert.Equal("a named pipe (FIFO)", RegularFile.WhyNot(pipe));
        var read = Task.Run(() => Assert.Throws<NotARegularFileException>(() => RegularFile.ReadReusing(pipe)));
        Assert.True(read.Wait(TimeSpan.FromSeconds(10)), "reading the pipe hung");
        Assert.Contains("named pipe", read.Result.Message);
    }

    [SpecialFilesFact]
    public void A_socket_is_refused()
    {
        var path = _temp["socket.txt"];
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(path));

        Assert.Equal("a socket", RegularFile.WhyNot(path));
    }

    [SpecialFilesFact]
    public void A_device_is_refused()
        => Assert.Equal("a device", RegularFile.WhyNot("/dev/null"));

    [Fact]
    public void A_missing_file_is_left_to_the_read_to_report()
    {
        Assert.Null(RegularFile.WhyNot(_temp["missing.txt"]));
        Assert.Throws<FileNotFoundException>(() => RegularFile.ReadReusing(_temp["missing.txt"]));
    }
}
