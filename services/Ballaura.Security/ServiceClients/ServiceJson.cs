using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ballaura.Security.ServiceClients;

/// <summary>How one Ballaura service reads another's HTTP answers: web defaults, enums by name.</summary>
public static class ServiceJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
