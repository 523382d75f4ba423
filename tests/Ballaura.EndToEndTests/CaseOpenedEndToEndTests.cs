using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballaura.EndToEndTests.Security;
using Xunit;

namespace Ballaura.EndToEndTests;

[Collection(SystemCollection.Name)]
public sealed class CaseOpenedEndToEndTests(BallauraAppFixture system)
{
    [Fact]
    public async Task A_case_posted_through_the_gateway_reaches_every_service_on_one_trace()
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/cases")
        {
            Content = JsonContent.Create(new
            {
                firstName = "Dana",
                lastName = "Whitfield",
                birthDate = "1984-03-17",
                coverageType = "PersonalInjuryProtection",
            }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        using var created = await frontDesk.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var caseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/intake/cases/{caseId}", created.Headers.Location?.OriginalString);

        using var intake = await frontDesk.GetAsync($"/api/intake/cases/{caseId}");
        Assert.Equal(HttpStatusCode.OK, intake.StatusCode);

        foreach (var service in BallauraAppFixture.Services.Skip(1))
        {
            var recorded = await WaitForRecordAsync(frontDesk, service, caseId);
            Assert.Equal("PersonalInjuryProtection", recorded.GetProperty("coverageType").GetString());
            Assert.Equal(traceId.ToString(), recorded.GetProperty("traceId").GetString());
        }
    }

    [Fact]
    public async Task A_case_the_services_never_heard_of_is_not_found()
    {
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        foreach (var service in BallauraAppFixture.Services)
        {
            using var response = await frontDesk.GetAsync($"/api/{service}/cases/{Guid.NewGuid()}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private static async Task<JsonElement> WaitForRecordAsync(HttpClient client, string service, Guid caseId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var response = await client.GetAsync($"/api/{service}/cases/{caseId}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await response.Content.ReadFromJsonAsync<JsonElement>();
            }

            Assert.True(DateTime.UtcNow < deadline, $"{service} never recorded case {caseId} (last answer {(int)response.StatusCode}).");
            await Task.Delay(200);
        }
    }
}
