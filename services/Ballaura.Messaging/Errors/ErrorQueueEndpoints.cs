using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Ballaura.Messaging.Errors;

public static class ErrorQueueEndpoints
{
    /// <summary>
    /// /ops/messaging/errors on the service itself, for admins (the caller adds the policy). The gateway routes
    /// only /api/**, so these are reachable from inside the cluster (ops tooling) and not from the internet.
    /// </summary>
    public static RouteGroupBuilder MapMessagingOps(this IEndpointRouteBuilder app)
    {
        var ops = app.MapGroup("/ops/messaging/errors").WithTags("Messaging operations");

        ops.MapGet("/", async (ErrorQueues errors, CancellationToken ct) => TypedResults.Ok(await errors.ListAsync(ct)));

        ops.MapGet("/{queue}", async Task<Results<Ok<IReadOnlyList<FaultedMessage>>, NotFound<ProblemDetails>>> (
            string queue, ErrorQueues errors, CancellationToken ct, int limit = 50) =>
            errors.IsOwnQueue(queue)
                ? TypedResults.Ok(await errors.PeekAsync(queue, Math.Clamp(limit, 1, 500), ct))
                : UnknownQueue(queue));

        ops.MapPost("/{queue}/replay", async Task<Results<Ok<ReplayResult>, NotFound<ProblemDetails>>> (
            string queue, ErrorQueues errors, CancellationToken ct) =>
            errors.IsOwnQueue(queue) ? TypedResults.Ok(await errors.ReplayAsync(queue, ct)) : UnknownQueue(queue));

        return ops;
    }

    private static NotFound<ProblemDetails> UnknownQueue(string queue) => TypedResults.NotFound(new ProblemDetails
    {
        Title = "Unknown queue",
        Detail = $"'{queue}' is not a receive endpoint of this service.",
        Status = StatusCodes.Status404NotFound,
    });
}
