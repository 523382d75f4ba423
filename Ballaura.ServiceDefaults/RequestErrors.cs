using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;

namespace Ballaura.ServiceDefaults;

/// <summary>Collects every broken field of a request, so the caller fixes them all in one go (400 problem details).</summary>
public sealed class RequestErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>Records <paramref name="message"/> against <paramref name="field"/> unless <paramref name="valid"/>.</summary>
    public RequestErrors Check(bool valid, string field, string message)
    {
        if (!valid)
        {
            if (!_errors.TryGetValue(field, out var messages))
            {
                _errors[field] = messages = [];
            }

            messages.Add(message);
        }

        return this;
    }

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        title: "The request has invalid fields.");
}
