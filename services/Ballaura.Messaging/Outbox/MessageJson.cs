using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ballaura.Messaging.Outbox;

internal static class MessageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
