using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ballaura.EndToEndTests.Security;

/// <summary>The callers of the authorization matrix: the development accounts, the phone system, and nobody.</summary>
public sealed class Principals(TokenClient tokens) : IDisposable
{
    public const string Anonymous = "anonymous";
    public const string Patient1 = "patient1";
    public const string Patient2 = "patient2";
    public const string FrontDesk = "front-desk";
    public const string Billing = "billing";
    public const string Therapist = "therapist";
    public const string Admin = "admin";
    public const string PhoneSystem = "phone-system";

    public static readonly string[] All = [Anonymous, Patient1, Patient2, FrontDesk, Billing, Therapist, Admin, PhoneSystem];
    public static readonly string[] Staff = [FrontDesk, Billing, Therapist, Admin];

    /// <summary>The patient records the development patient accounts are linked to (see DevelopmentAccounts).</summary>
    public static readonly Guid Patient1Id = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    public static readonly Guid Patient2Id = Guid.Parse("0193a000-0000-7000-8000-000000000002");

    private static readonly Dictionary<string, string> Emails = new()
    {
        [Patient1] = "patient1@ballaura.test",
        [Patient2] = "patient2@ballaura.test",
        [FrontDesk] = "frontdesk@ballaura.test",
        [Billing] = "billing@ballaura.test",
        [Therapist] = "therapist@ballaura.test",
        [Admin] = "admin@ballaura.test",
    };

    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> _tokens = new();
    private readonly List<HttpClient> _clients = [];

    public TokenClient Tokens => tokens;

    /// <summary>A case patient 1 opened for themselves, once per run.</summary>
    public Task<Guid> Patient1CaseAsync()
    {
        lock (_clients)
        {
            return _patient1Case ??= OpenPatient1CaseAsync();
        }
    }

    private Task<Guid>? _patient1Case;

    private async Task<Guid> OpenPatient1CaseAsync()
    {
        var patient = await ClientAsync(Patient1);
        using var created = await patient.PostAsJsonAsync("/api/intake/cases", new
        {
            firstName = "Dana",
            lastName = "Whitfield",
            birthDate = "1984-03-17",
            coverageType = "MajorMedical",
            payerId = "premera",
        });
        Xunit.Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public Task<string?> AccessTokenAsync(string principal) =>
        _tokens.GetOrAdd(principal, p => new Lazy<Task<string?>>(() => FetchAsync(p))).Value;

    /// <summary>A client through the gateway carrying the principal's bearer token (none for anonymous).</summary>
    public async Task<HttpClient> ClientAsync(string principal)
    {
        var client = tokens.NewBrowser();
        if (await AccessTokenAsync(principal) is { } token)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        lock (_clients)
        {
            _clients.Add(client);
        }

        return client;
    }

    private async Task<string?> FetchAsync(string principal)
    {
        JsonElement answer;
        if (principal == Anonymous)
        {
            return null;
        }

        answer = principal == PhoneSystem
            ? await tokens.ClientCredentialsAsync("phone-system", BallauraAppFixture.PhoneSystemSecret)
            : await tokens.SignInAsync(Emails[principal], BallauraAppFixture.SeedPassword);
        return answer.GetProperty("access_token").GetString();
    }

    public void Dispose()
    {
        lock (_clients)
        {
            _clients.ForEach(c => c.Dispose());
        }
    }
}
