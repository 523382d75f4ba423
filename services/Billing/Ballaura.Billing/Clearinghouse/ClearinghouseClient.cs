using System.Net.Http.Json;
using System.Text;

namespace Ballaura.Billing.Clearinghouse;

/// <summary>A file waiting in the clinic's clearinghouse mailbox.</summary>
public sealed record MailboxFile(long Sequence, string Kind, DateTimeOffset PublishedAt, string Content);

/// <summary>
/// The clearinghouse's claim API: an 837P in, its 999 out; 277CAs and 835s from the mailbox. Retries come from the
/// HttpClient's resilience handler (Polly): safe here, because a resent file keeps its ISA13 and the clearinghouse
/// answers a file it already has with the same 999.
/// </summary>
public sealed class ClearinghouseClient(HttpClient http)
{
    public const string MediaType = "application/edi-x12";

    public async Task<string> SubmitAsync(string interchange, CancellationToken cancellationToken)
    {
        using var content = new StringContent(interchange, Encoding.UTF8, MediaType);
        using var response = await http.PostAsync("x12/837", content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode ? body : throw new HttpRequestException($"The clearinghouse answered {(int)response.StatusCode}: {Shorten(body)}", null, response.StatusCode);
    }

    public async Task<IReadOnlyList<MailboxFile>> MailboxAsync(long after, CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<MailboxFile>>($"x12/mailbox?after={after}", cancellationToken) ?? [];

    private static string Shorten(string body) => body.Length > 300 ? body[..300] : body;
}
