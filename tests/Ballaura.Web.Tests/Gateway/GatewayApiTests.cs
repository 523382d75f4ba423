using System.Net;
using System.Net.Http.Json;
using Ballaura.Web.Gateway;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Ballaura.Web.Tests.Gateway;

/// <summary>What a page gets from the gateway client when the gateway answers, refuses, or is not there at all.</summary>
public sealed class GatewayApiTests
{
    [Fact]
    public async Task A_download_while_the_gateway_is_away_is_a_503_in_words_not_a_failure()
    {
        var gateway = GatewayAnswering(_ => throw new HttpRequestException("Connection refused"));

        var file = await gateway.GetFileAsync("/api/billing/patients/p1/superbill");

        Assert.Null(file.Value);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, file.Status);
        Assert.Contains("cannot reach the clinic's system", file.Problem);
    }

    [Fact]
    public async Task A_page_call_while_the_gateway_is_away_is_a_503_in_words()
    {
        var gateway = GatewayAnswering(_ => throw new HttpRequestException("Connection refused"));

        var result = await gateway.GetAsync<object>("/api/intake/cases/1");

        Assert.False(result.Ok);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, result.Status);
    }

    [Fact]
    public async Task A_refused_download_keeps_the_services_status_and_its_words()
    {
        var gateway = GatewayAnswering(_ => new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            Content = JsonContent.Create(new { title = "Forbidden", detail = "This document belongs to another patient." }, mediaType: new("application/problem+json")),
        });

        var file = await gateway.GetFileAsync("/api/intake/cases/1/documents/2");

        Assert.Equal(HttpStatusCode.Forbidden, file.Status);
        Assert.Equal("This document belongs to another patient.", file.Problem);
    }

    [Fact]
    public async Task A_download_brings_the_bytes_and_their_type()
    {
        var gateway = GatewayAnswering(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent([0x25, 0x50, 0x44, 0x46]) { Headers = { ContentType = new("application/pdf") } },
        });

        var file = await gateway.GetFileAsync("/api/billing/patients/p1/superbill");

        Assert.True(file.Ok);
        Assert.Equal([0x25, 0x50, 0x44, 0x46], file.Value!.Content);
        Assert.Equal("application/pdf", file.Value.ContentType);
    }

    private static GatewayApi GatewayAnswering(Func<HttpRequestMessage, HttpResponseMessage> answer) =>
        new(new HttpClient(new Answering(answer)) { BaseAddress = new Uri("http://gateway.test/") },
            new HttpContextAccessor(),
            NullLogger<GatewayApi>.Instance);

    private sealed class Answering(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
