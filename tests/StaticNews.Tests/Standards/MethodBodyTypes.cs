using System.Reflection;
using System.Reflection.Emit;

namespace StaticNews.Tests.Standards;

/// <summary>
/// The types a method's IL names: every type, field and method token of its body resolved to the
/// type it belongs to, with the generic arguments of a generic method it calls.
/// </summary>
internal static class MethodBodyTypes
{
    private static readonly OpCode[] OneByte = new OpCode[0x100];
    private static readonly OpCode[] TwoByte = new OpCode[0x100];

    static MethodBodyTypes()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            var value = (ushort)code.Value;
            if (code.Size == 1) OneByte[value] = code;
            else TwoByte[value & 0xFF] = code;
        }
    }

    public static IEnumerable<Type> Of(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il == null) yield break;
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? TwoByte[il[at + 1]] : OneByte[il[at]];
            at += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineField:
                case OperandType.InlineMethod:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    foreach (var type in Resolve(method.Module, BitConverter.ToInt32(il, at), typeArguments, methodArguments)) yield return type;
                    break;
            }
            at += OperandSize(code.OperandType, il, at);
        }
    }

    private static IEnumerable<Type> Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        var member = module.ResolveMember(token, typeArguments, methodArguments);
        switch (member)
        {
            case Type type:
                yield return type;
                break;
            case MethodInfo { IsGenericMethod: true } generic:
                yield return generic.DeclaringType!;
                foreach (var argument in generic.GetGenericArguments()) yield return argument;
                break;
            case { DeclaringType: { } owner }:
                yield return owner;
                break;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
