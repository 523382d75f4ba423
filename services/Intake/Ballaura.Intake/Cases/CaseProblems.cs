using Microsoft.AspNetCore.Http.HttpResults;

namespace Ballaura.Intake.Cases;

/// <summary>The answers every case-changing endpoint gives alike.</summary>
public static class CaseProblems
{
    /// <summary>The case's version moved under this request (someone else saved first): 409, nothing of this request kept.</summary>
    public static ProblemHttpResult ChangedMeanwhile(string retry) =>
        TypedResults.Problem(title: "Someone else changed this case meanwhile.", detail: retry, statusCode: StatusCodes.Status409Conflict);
}
