using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace StaticNews.Content;

/// <summary>Writes lists as <c>[a, b]</c>, the compact form front matter readers expect.</summary>
internal sealed class FlowSequenceEmitter(IEventEmitter next) : ChainedEventEmitter(next)
{
    public override void Emit(SequenceStartEventInfo eventInfo, IEmitter emitter)
    {
        eventInfo.Style = SequenceStyle.Flow;
        base.Emit(eventInfo, emitter);
    }
}
