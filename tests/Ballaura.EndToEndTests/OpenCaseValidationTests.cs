using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ballaura.EndToEndTests.Security;
using Xunit;

namespace Ballaura.EndToEndTests;

[Collection(SystemCollection.Name)]
public sealed class OpenCaseValidationTests(BallauraAppFixture system)
{
    [Fact]
    public async Task An_empty_case_is_refused_naming_every_missing_field()
    {
        var problem = await PostExpectingBadRequestAsync("{}");

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("firstName", out _));
        Assert.True(errors.TryGetProperty("lastName", out _));
        Assert.True(errors.TryGetProperty("birthDate", out _));
        Assert.Contains("R1", errors.GetProperty("coverageType")[0].GetString());
    }

    [Fact]
    public async Task An_unknown_coverage_type_and_a_future_birth_date_are_named()
    {
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd");
        var problem = await PostExpectingBadRequestAsync(
            $$"""{"firstName":"Ann","lastName":"Lee","birthDate":"{{tomorrow}}","coverageType":"Dental"}""");

        var errors = problem.GetProperty("errors");
        Assert.Contains("future", errors.GetProperty("birthDate")[0].GetString());
        Assert.True(errors.TryGetProperty("coverageType", out _));
        Assert.False(errors.TryGetProperty("firstName", out _));
    }

    [Fact]
    public async Task A_birth_date_that_is_not_a_date_is_named_not_a_server_error()
    {
        var problem = await PostExpectingBadRequestAsync(
            """{"firstName":"Ann","lastName":"Lee","birthDate":"last spring","coverageType":"MajorMedical"}""");

        Assert.True(problem.GetProperty("errors").TryGetProperty("birthDate", out _));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_bad_request()
    {
        await PostExpectingBadRequestAsync("this is not json");
    }

    private async Task<JsonElement> PostExpectingBadRequestAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var frontDesk = await system.Principals.ClientAsync(Principals.FrontDesk);
        using var response = await frontDesk.PostAsync("/api/intake/cases", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
