using System.Diagnostics;
using System.Text.Json;

namespace StaticNews.Tests;

/// <summary>
/// What the README's `dotnet run` builds, asked of MSBuild itself: the project as evaluated with
/// no `-c`, the way the quick start and CI run it.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ProjectFileTests
{
    [Fact]
    public void Dotnet_run_without_a_configuration_builds_the_optimised_ReadyToRun_tool()
    {
        var properties = Evaluate("Configuration", "Optimize", "PublishReadyToRun");

        Assert.Equal("Release", properties.GetProperty("Configuration").GetString());
        Assert.Equal("true", properties.GetProperty("Optimize").GetString());
        Assert.Equal("true", properties.GetProperty("PublishReadyToRun").GetString());
    }

    [Fact]
    public void What_dotnet_run_runs_without_clang_is_the_runtime_and_the_tool_in_one_composite_image()
    {
        var run = Evaluate("SelfContained", "PublishReadyToRunComposite", "PublishReadyToRunCrossgen2ExtraArgs", "StaticNewsRunFolder", "-p:StaticNewsRunImage=true");

        Assert.Equal("true", run.GetProperty("SelfContained").GetString());
        Assert.Equal("true", run.GetProperty("PublishReadyToRunComposite").GetString());
        // The cross-module options crash a composite image at start.
        Assert.DoesNotContain("cross-module", run.GetProperty("PublishReadyToRunCrossgen2ExtraArgs").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("/bin/Release/run/", run.GetProperty("StaticNewsRunFolder").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void What_dotnet_run_runs_with_clang_at_hand_is_compiled_ahead_of_time_apart_from_the_build()
    {
        var native = Evaluate("BaseIntermediateOutputPath", "OutputPath", "PublishReadyToRun", "StaticNewsNativeFolder", "IlcInstructionSet",
            "-p:StaticNewsRunImage=native", "-p:PublishAot=true", "-p:RuntimeIdentifier=linux-x64");
        var build = Evaluate("BaseIntermediateOutputPath", "OutputPath");

        // Its restore names the Native AOT compiler, which the build's restore must not: each keeps its own.
        Assert.Equal("obj/native/", native.GetProperty("BaseIntermediateOutputPath").GetString());
        Assert.Equal("obj/", build.GetProperty("BaseIntermediateOutputPath").GetString());
        Assert.NotEqual(build.GetProperty("OutputPath").GetString(), native.GetProperty("OutputPath").GetString());
        Assert.NotEqual("true", native.GetProperty("PublishReadyToRun").GetString());
        Assert.EndsWith("/bin/Release/native/", native.GetProperty("StaticNewsNativeFolder").GetString(), StringComparison.Ordinal);
        // It runs where it is compiled, so it is compiled for that processor.
        Assert.Equal("native", native.GetProperty("IlcInstructionSet").GetString());
    }

    [Fact]
    public void The_build_output_a_project_references_stays_framework_dependent()
    {
        var build = Evaluate("SelfContained", "PublishReadyToRunComposite");

        Assert.Equal("false", build.GetProperty("SelfContained").GetString());
        Assert.NotEqual("true", build.GetProperty("PublishReadyToRunComposite").GetString());
    }

    [Fact]
    public void An_explicit_configuration_is_still_honoured()
    {
        var properties = Evaluate("Configuration", "Optimize", "-p:Configuration=Debug");

        Assert.Equal("Debug", properties.GetProperty("Configuration").GetString());
        Assert.Equal("false", properties.GetProperty("Optimize").GetString());
    }

    private static JsonElement Evaluate(params string[] namesAndOptions)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("msbuild");
        start.ArgumentList.Add("StaticNews.csproj");
        start.ArgumentList.Add("-nologo");
        foreach (var item in namesAndOptions)
            start.ArgumentList.Add(item.StartsWith('-') ? item : "-getProperty:" + item);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "MSBuild did not evaluate the project in two minutes");
        Assert.True(process.ExitCode == 0, output.Result + error.Result);
        return JsonDocument.Parse(output.Result).RootElement.GetProperty("Properties");
    }
}
