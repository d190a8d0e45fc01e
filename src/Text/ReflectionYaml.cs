using System.Diagnostics.CodeAnalysis;
using YamlDotNet.Serialization;

namespace StaticNews.Text;

/// <summary>
/// YamlDotNet's deserialiser builder, which finds our types' constructors and
/// properties by reflection. A native (AOT) publish warns that it may break there: it does not,
/// because StaticNews.csproj roots every type of this assembly for that publish (nothing is
/// trimmed away), and every type read is one of ours or a list or map of plain values.
/// docs/benchmarks.md records the native and JIT builds making byte-identical sites.
/// </summary>
internal static class ReflectionYaml
{
    private const string Why = "Every type StaticNews reads or writes as YAML is kept whole by the TrimmerRootAssembly of StaticNews.csproj.";

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = Why)]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Why)]
    public static DeserializerBuilder Deserializer() => new();
}
