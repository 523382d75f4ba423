using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;
using static Ballaura.EndToEndTests.Security.Principals;

namespace Ballaura.EndToEndTests.Security;

/// <summary>Forged and misused tokens, refused by the gateway and again by the service behind it.</summary>
[Collection(SystemCollection.Name)]
public sealed class TokenAttackTests(BallauraAppFixture system)
{
    public static TheoryData<string> Forgeries => new(["garbage", "alg-none", "no-signature", "tampered-payload", "id-token-wrong-audience"]);

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_forged_or_misused_token_is_refused_by_the_gateway_and_by_the_service(string forgery)
    {
        var caseId = await system.Principals.Patient1CaseAsync();
        var token = await ForgeAsync(forgery);

        foreach (var (name, address) in new[] { ("gateway", system.GatewayAddress), ("intake directly", system.ServiceAddress("intake")) })
        {
            using var client = new HttpClient { BaseAddress = address };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            using var response = await client.GetAsync($"/api/intake/cases/{caseId}");

            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{name} answered {(int)response.StatusCode} to a {forgery} token");
        }
    }

    [Fact]
    public async Task A_valid_token_is_accepted_by_the_service_directly_too()
    {
        var caseId = await system.Principals.Patient1CaseAsync();
        using var client = new HttpClient { BaseAddress = system.ServiceAddress("intake") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await system.Principals.AccessTokenAsync(Patient1));

        using var response = await client.GetAsync($"/api/intake/cases/{caseId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Headers_claiming_another_identity_change_nothing()
    {
        var caseId = await system.Principals.Patient1CaseAsync();
        var patient2 = await system.Principals.ClientAsync(Patient2);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/intake/cases/{caseId}");
        request.Headers.Add("X-Forwarded-User", "admin@ballaura.test");
        request.Headers.Add("X-Ballaura-Patient-Id", Patient1Id.ToString());
        request.Headers.Add("X-User-Roles", "admin");
        request.Headers.Add("X-Forwarded-For", "10.0.0.1");

        using var response = await patient2.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_patient_changing_the_case_id_in_the_url_sees_nothing_and_the_attempt_is_audited()
    {
        var caseId = await system.Principals.Patient1CaseAsync();
        var patient2 = await system.Principals.ClientAsync(Patient2);

        using var someoneElses = await patient2.GetAsync($"/api/intake/cases/{caseId}");
        using var nobodys = await patient2.GetAsync($"/api/intake/cases/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, someoneElses.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nobodys.StatusCode);
        Assert.Equal(await WithoutTraceAsync(nobodys), await WithoutTraceAsync(someoneElses));

        var patient2Subject = Subject(await system.Principals.AccessTokenAsync(Patient2));
        // Other tests' refusals of patient 2 on patient 1's records are in the same log: look for this case's.
        bool ThisRefusal(System.Text.Json.JsonElement e) =>
            e.GetProperty("actor").GetString() == patient2Subject && e.GetProperty("outcome").GetString() == "denied"
            && e.GetProperty("resourceId").GetString() == caseId.ToString();
        var entries = await AuditTrail.WaitForAsync(system, Patient1Id, ThisRefusal);
        var denied = entries.First(ThisRefusal);
        Assert.Equal("read", denied.GetProperty("action").GetString());
        Assert.Equal("case", denied.GetProperty("resource").GetString());
        Assert.Equal("patient", denied.GetProperty("actorRoles").GetString());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_before_it_reaches_a_service()
    {
        var frontDesk = await system.Principals.ClientAsync(FrontDesk);
        var huge = $$"""{"firstName":"{{new string('a', 2 * 1024 * 1024)}}"}""";

        // Expect: 100-continue, so the gateway can refuse by the declared length before the body is sent; otherwise its early
        // answer races the client still writing (a broken pipe instead of the 413).
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/cases") { Content = new StringContent(huge, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = true;
        using var response = await frontDesk.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_upload_route_takes_bodies_larger_than_the_general_limit()
    {
        var frontDesk = await system.Principals.ClientAsync(FrontDesk);
        using var scan = new ByteArrayContent(new byte[3 * 1024 * 1024]);
        scan.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");

        using var response = await frontDesk.PostAsync($"/api/intake/cases/{Guid.NewGuid()}/documents", scan);

        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_remittance_route_takes_an_835_larger_than_any_other_body_and_reads_it()
    {
        // 40 MiB: more than the services' own default limit (28.6 MB) and far more than the gateway's general 1 MiB.
        var billing = await system.Principals.ClientAsync(Principals.Billing);
        using var file = new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes(new string('X', 40 * 1024 * 1024)));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/edi-x12");

        using var response = await billing.PostAsync("/api/billing/remittances", file);

        // Read through and refused for what it is (not X12), not for its size.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a readable 835", await response.Content.ReadAsStringAsync());
    }

    /// <summary>The answer's body minus its trace id, which differs per request by design.</summary>
    private static async Task<string> WithoutTraceAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId");
        return body.ToJsonString();
    }

    private async Task<string> ForgeAsync(string forgery)
    {
        var genuine = (await system.Principals.AccessTokenAsync(Patient2))!;
        var parts = genuine.Split('.');
        switch (forgery)
        {
            case "garbage":
                return "not.a.token";
            case "alg-none":
            {
                var header = Jwt.ToBase64Url("""{"alg":"none","typ":"at+jwt"}""");
                return $"{header}.{WithPatient(parts[1], Patient1Id)}.";
            }

            case "no-signature":
                return $"{parts[0]}.{parts[1]}.";
            case "tampered-payload":
                return $"{parts[0]}.{WithPatient(parts[1], Patient1Id)}.{parts[2]}";
            case "id-token-wrong-audience":
            {
                // Signed by the real issuer with the real key, but for the client, not for the API.
                var answer = await system.Principals.Tokens.SignInAsync("patient2@ballaura.test", BallauraAppFixture.SeedPassword);
                return answer.GetProperty("id_token").GetString()!;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(forgery));
        }
    }

    internal static string Subject(string? accessToken) => Jwt.Claims(accessToken!).GetProperty("sub").GetString()!;

    private static string WithPatient(string payload, Guid patientId)
    {
        var claims = JsonNode.Parse(Jwt.FromBase64Url(payload))!.AsObject();
        claims["patient_id"] = patientId.ToString();
        return Jwt.ToBase64Url(claims.ToJsonString());
    }
}
