using System.Net;
using Ballaura.Eligibility.Payers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;
using static Ballaura.Eligibility.Tests.Payers.ScriptedClearinghouse;

namespace Ballaura.Eligibility.Tests.Payers;

/// <summary>The payer pipeline against a scripted clearinghouse: what is retried, what never is, and the breaker per payer.</summary>
public sealed class PayerGatewayTests
{
    private static readonly PayerOptions Fast = new()
    {
        TotalTimeout = TimeSpan.FromSeconds(10),
        AttemptTimeout = TimeSpan.FromMilliseconds(300),
        RetryDelay = TimeSpan.FromMilliseconds(5),
        MaxRetries = 3,
        BreakerMinimumThroughput = 4,
        BreakerBreakDuration = TimeSpan.FromSeconds(30),
    };

    [Fact]
    public async Task A_refused_connection_is_tried_again_because_the_payer_never_saw_it()
    {
        var (gateway, clearinghouse) = Gateway(Throw(HttpRequestError.ConnectionError), Answer(Active));

        var call = await gateway.AskAsync("00430", Sample270(), CancellationToken.None);

        Assert.Equal(PayerCallKind.Answered, call.Kind);
        Assert.Equal(["connection-failed", "answered"], call.Attempts.Select(a => a.Outcome));
        Assert.Equal(2, clearinghouse.Requests);
    }

    [Fact]
    public async Task A_503_with_a_short_retry_after_is_tried_again()
    {
        var (gateway, clearinghouse) = Gateway(Status(HttpStatusCode.ServiceUnavailable, TimeSpan.FromMilliseconds(1)), Answer(Active));

        var call = await gateway.AskAsync("00430", Sample270(), CancellationToken.None);

        Assert.Equal("answered", call.Final!.Outcome);
        Assert.Equal(2, clearinghouse.Requests);
    }

    [Fact]
    public async Task A_503_asking_for_two_minutes_is_not_waited_for_in_the_request()
    {
        var (gateway, clearinghouse) = Gateway(Status(HttpStatusCode.ServiceUnavailable, TimeSpan.FromMinutes(2)), Answer(Active));

        var call = await gateway.AskAsync("00430", Sample270(), CancellationToken.None);

        Assert.Equal(503, call.Final!.HttpStatus);
        Assert.Equal(TimeSpan.FromMinutes(2), call.RetryAfter);
        Assert.Equal(1, clearinghouse.Requests);
    }

    [Fact]
    public async Task AAA_42_is_asked_again_a_bounded_number_of_times()
    {
        var (gateway, clearinghouse) = Gateway(Answer(PayerCannotRespond));

        var call = await gateway.AskAsync("00430", Sample270(), CancellationToken.None);

        Assert.Equal("rejected-42", call.Final!.Outcome);
        Assert.Equal(Fast.MaxRetries + 1, clearinghouse.Requests);
    }

    [Fact]
    public async Task An_inquiry_that_timed_out_is_not_resent_in_the_same_round()
    {
        var (gateway, clearinghouse) = Gateway(Hang(), Answer(Active));

        var call = await gateway.AskAsync("00430", Sample270(), CancellationToken.None);

        Assert.Equal(PayerCallKind.Unanswered, call.Kind);
        Assert.Equal("timeout", Assert.Single(call.Attempts).Outcome);
        Assert.Equal(1, clearinghouse.Requests);
    }

    [Fact]
    public async Task A_connection_dropped_after_sending_is_not_resent_either()
    {
        var (gateway, clearinghouse) = Gateway(Throw(HttpRequestError.ResponseEnded), Answer(Active));

        var call = await gateway.AskAsync("00430", Sample270(), CancellationToken.None);

        Assert.Equal(PayerCallKind.Unanswered, call.Kind);
        Assert.Equal("dropped", call.Detail);
        Assert.Equal(1, clearinghouse.Requests);
    }

    [Fact]
    public async Task A_500_is_not_retried_in_the_round()
    {
        var (gateway, clearinghouse) = Gateway(Status(HttpStatusCode.InternalServerError), Answer(Active));

        var call = await gateway.AskAsync("00430", Sample270(), CancellationToken.None);

        Assert.Equal(500, call.Final!.HttpStatus);
        Assert.Equal(1, clearinghouse.Requests);
    }

    [Fact]
    public async Task The_breaker_opens_for_the_failing_payer_at_clinic_volume_and_leaves_the_others_alone()
    {
        var (gateway, clearinghouse) = Gateway(Status(HttpStatusCode.InternalServerError));
        for (var i = 0; i < Fast.BreakerMinimumThroughput; i++)
        {
            Assert.Equal(PayerCallKind.Answered, (await gateway.AskAsync("60054", Sample270("60054"), CancellationToken.None)).Kind);
        }

        var refused = await gateway.AskAsync("60054", Sample270("60054"), CancellationToken.None);
        var other = await gateway.AskAsync("00430", Sample270(), CancellationToken.None);

        Assert.Equal(PayerCallKind.CircuitOpen, refused.Kind);
        Assert.Empty(refused.Attempts);
        Assert.NotNull(refused.RetryAfter);
        Assert.Equal(PayerCallKind.Answered, other.Kind);
        Assert.Equal(Fast.BreakerMinimumThroughput + 1, clearinghouse.Requests);
    }

    [Fact]
    public async Task Every_request_goes_to_the_real_time_endpoint()
    {
        var (gateway, clearinghouse) = Gateway(Answer(Active));

        await gateway.AskAsync("00430", Sample270(), CancellationToken.None);

        Assert.Equal(["/x12/270"], clearinghouse.Paths);
    }

    private static (PayerGateway Gateway, ScriptedClearinghouse Clearinghouse) Gateway(
        params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] steps)
    {
        var clearinghouse = new ScriptedClearinghouse(steps);
        var http = new HttpClient(clearinghouse) { BaseAddress = new Uri("http://clearinghouse.test/"), Timeout = Timeout.InfiniteTimeSpan };
        var meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        var pipelines = new PayerPipelines(Options.Create(Fast), TimeProvider.System, NullLoggerFactory.Instance);
        return (new PayerGateway(new ClearinghouseClient(http, TimeProvider.System), pipelines, new EligibilityTelemetry(meters), TimeProvider.System), clearinghouse);
    }
}
