using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit;
using static Ballaura.EndToEndTests.Security.Principals;

namespace Ballaura.EndToEndTests.Security;

/// <summary>
/// Every /api route of every service × every kind of caller, through the gateway with real tokens. The routes
/// come from the services' own route tables: a new route without a line in <see cref="Expected"/> fails here.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class AuthorizationMatrixTests(BallauraAppFixture system)
{
    /// <summary>What each caller gets. Sample ids: an intake case belonging to patient 1; elsewhere an id nobody has.</summary>
    private static readonly Dictionary<string, Dictionary<string, int>> Expected = new()
    {
        ["POST /api/intake/cases"] = Answer(anonymous: 401, everyoneElse: 400),
        ["GET /api/intake/cases/{caseId:guid}"] = Answer(anonymous: 401, everyoneElse: 200, (Patient2, 404)),
        ["GET /api/intake/cases/{caseId:guid}/verification-details"] = Answer(anonymous: 401, everyoneElse: 403),
        ["POST /api/intake/cases/{caseId:guid}/documents"] = Answer(anonymous: 401, everyoneElse: 400, (Patient2, 404)),
        ["GET /api/intake/cases/{caseId:guid}/documents/{documentId:guid}"] = Answer(anonymous: 401, everyoneElse: 404),
        ["POST /api/intake/cases/{caseId:guid}/prescriptions"] = FrontDeskOnly(allowed: 400),
        ["PUT /api/intake/cases/{caseId:guid}/insurance"] = Answer(anonymous: 401, everyoneElse: 200, (Patient2, 404)),
        ["GET /api/intake/paperwork"] = Answer(anonymous: 401, everyoneElse: 200),
        ["POST /api/intake/paperwork"] = AdminOnly(allowed: 400),
        ["POST /api/intake/cases/{caseId:guid}/signatures"] = Answer(anonymous: 401, everyoneElse: 403, (Patient1, 400), (Patient2, 404)),
        ["GET /api/intake/review-queue"] = FrontDeskOnly(allowed: 200),
        ["POST /api/intake/cases/{caseId:guid}/documents/{documentId:guid}/review"] = FrontDeskOnly(allowed: 404),
        ["POST /api/intake/cases/{caseId:guid}/close"] = FrontDeskOnly(allowed: 400),
        ["GET /api/intake/patients/{patientId:guid}"] = Answer(anonymous: 401, everyoneElse: 200, (Patient2, 404)),
        ["GET /api/intake/patients"] = StaffOnly(allowed: 400),
        ["GET /api/intake/patients/{patientId:guid}/cases"] = Answer(anonymous: 401, everyoneElse: 200, (Patient2, 404)),
        ["POST /api/intake/payers"] = AdminOnly(allowed: 400),
        ["POST /api/intake/inbox"] = FrontDeskOnly(allowed: 400),
        ["GET /api/intake/inbox"] = FrontDeskOnly(allowed: 200),
        ["GET /api/intake/inbox/{itemId:guid}"] = FrontDeskOnly(allowed: 404),
        ["POST /api/intake/inbox/{itemId:guid}/attach"] = FrontDeskOnly(allowed: 404),
        ["GET /api/intake/payers"] = Answer(anonymous: 401, everyoneElse: 200),
        ["PUT /api/intake/payers/{payerId}/taking-new-clients"] = FrontDeskOnly(allowed: 400),
        ["PUT /api/intake/payers/{payerId}/accepted"] = AdminOnly(allowed: 400),
        ["GET /api/eligibility/cases/{caseId:guid}"] = Answer(anonymous: 401, everyoneElse: 404),
        ["POST /api/eligibility/cases/{caseId:guid}/verifications"] = FrontDeskOnly(allowed: 404),
        ["GET /api/eligibility/cases/{caseId:guid}/exchanges"] = FrontDeskOnly(allowed: 404),
        ["GET /api/eligibility/cases/{caseId:guid}/estimate"] = Answer(anonymous: 401, everyoneElse: 400),
        ["GET /api/eligibility/review-queue"] = FrontDeskOnly(allowed: 200),
        ["POST /api/eligibility/cases/{caseId:guid}/authorizations"] = FrontDeskOnly(allowed: 400),
        ["GET /api/eligibility/cases/{caseId:guid}/authorizations"] = Answer(anonymous: 401, everyoneElse: 404, (Patient1, 403), (Patient2, 403)),
        ["POST /api/eligibility/cases/{caseId:guid}/claim-confirmations"] = FrontDeskOnly(allowed: 404),
        ["GET /api/scheduling/cases/{caseId:guid}"] = StaffOrPhoneOnly(allowed: 404),
        ["GET /api/scheduling/services"] = Answer(anonymous: 401, everyoneElse: 200),
        ["GET /api/scheduling/rooms"] = StaffOrPhoneOnly(allowed: 200),
        ["POST /api/scheduling/rooms"] = AdminOnly(allowed: 400),
        ["GET /api/scheduling/therapists"] = Answer(anonymous: 401, everyoneElse: 200),
        ["POST /api/scheduling/therapists"] = AdminOnly(allowed: 400),
        ["PUT /api/scheduling/therapists/{therapistId:guid}/hours"] = AdminOnly(allowed: 400),
        ["POST /api/scheduling/therapists/{therapistId:guid}/time-off"] = FrontDeskOnly(allowed: 404),
        ["GET /api/scheduling/availability"] = Answer(anonymous: 401, everyoneElse: 400),
        ["PUT /api/scheduling/patients/{patientId:guid}/card"] = Answer(anonymous: 401, everyoneElse: 400, (Patient2, 404)),
        ["GET /api/scheduling/patients/{patientId:guid}/card"] = Answer(anonymous: 401, everyoneElse: 404),
        ["POST /api/scheduling/bookings"] = Answer(anonymous: 401, everyoneElse: 400),
        ["POST /api/scheduling/bookings/{bookingId:guid}/reschedule"] = Answer(anonymous: 401, everyoneElse: 404),
        ["POST /api/scheduling/bookings/{bookingId:guid}/cancel"] = Answer(anonymous: 401, everyoneElse: 404),
        ["POST /api/scheduling/bookings/{bookingId:guid}/no-show"] = FrontDeskOnly(allowed: 404),
        ["GET /api/scheduling/bookings/{bookingId:guid}"] = Answer(anonymous: 401, everyoneElse: 404),
        ["GET /api/scheduling/schedule"] = StaffOnly(allowed: 200),
        ["GET /api/scheduling/patients/{patientId:guid}/appointments"] = Answer(anonymous: 401, everyoneElse: 200, (Patient2, 404)),
        ["POST /api/scheduling/bookings/{bookingId:guid}/check-in"] = StaffOnly(allowed: 404),
        ["PUT /api/scheduling/bookings/{bookingId:guid}/session"] = StaffOnly(allowed: 404),
        ["GET /api/scheduling/bookings/{bookingId:guid}/session"] = StaffOnly(allowed: 404),
        ["POST /api/scheduling/bookings/{bookingId:guid}/complete"] = StaffOnly(allowed: 404),
        ["GET /api/scheduling/call-tasks"] = StaffOrPhoneOnly(allowed: 200),
        // 200 with the task taken, or 204 when nothing is due: counted alike (see Normalize).
        ["POST /api/scheduling/call-tasks/next"] = StaffOrPhoneOnly(allowed: 200),
        ["POST /api/scheduling/call-tasks/{taskId:guid}/outcome"] = StaffOrPhoneOnly(allowed: 404),
        ["GET /api/scheduling/callers/{phone}"] = StaffOrPhoneOnly(allowed: 400),
        ["GET /api/intake/callers/{phone}"] = Answer(anonymous: 401, everyoneElse: 403),
        ["GET /api/intake/patients/{patientId:guid}/contact"] = Answer(anonymous: 401, everyoneElse: 403),
        ["GET /api/billing/cases/{caseId:guid}"] = StaffOnly(allowed: 404),
        ["GET /api/billing/claims"] = BillingOnly(allowed: 200),
        ["GET /api/billing/claims/{claimId:guid}"] = BillingOnly(allowed: 404),
        ["GET /api/billing/claims/{claimId:guid}/837"] = BillingOnly(allowed: 404),
        ["POST /api/billing/claims/{claimId:guid}/rebill"] = BillingOnly(allowed: 404),
        ["POST /api/billing/claims/{claimId:guid}/void"] = BillingOnly(allowed: 404),
        ["POST /api/billing/claims/submissions"] = BillingOnly(allowed: 200),
        ["POST /api/billing/clearinghouse/mailbox"] = BillingOnly(allowed: 200),
        ["GET /api/billing/clearinghouse/batches"] = BillingOnly(allowed: 200),
        ["GET /api/billing/clearinghouse/files"] = BillingOnly(allowed: 200),
        ["GET /api/intake/cases/{caseId:guid}/prescriptions/{prescriptionId:guid}/claim-details"] = Answer(anonymous: 401, everyoneElse: 403),
        ["GET /api/billing/patients/{patientId:guid}/statement"] = Answer(anonymous: 401, everyoneElse: 200, (Patient2, 404)),
        ["GET /api/billing/ledger/check"] = BillingOnly(allowed: 200),
        ["POST /api/billing/remittances"] = BillingOnly(allowed: 415),
        ["GET /api/billing/work-queue"] = BillingOnly(allowed: 200),
        ["GET /api/billing/patients/{patientId:guid}/card-charges"] = Answer(anonymous: 401, everyoneElse: 200, (Patient2, 404)),
        ["POST /api/billing/card-charges/runs"] = BillingOnly(allowed: 200),
        ["POST /api/billing/patients/{patientId:guid}/desk-payments"] = FrontDeskOnly(allowed: 400),
        ["GET /api/billing/patients/{patientId:guid}/superbill"] = Answer(anonymous: 401, everyoneElse: 404),
        ["GET /api/billing/cases/{caseId:guid}/pip-invoice"] = Answer(anonymous: 401, everyoneElse: 404),
        ["GET /api/notifications/cases/{caseId:guid}"] = StaffOnly(allowed: 404),
        ["GET /api/notifications/patients/{patientId:guid}/preferences"] = Answer(anonymous: 401, everyoneElse: 200, (Patient2, 404)),
        ["PUT /api/notifications/patients/{patientId:guid}/preferences"] = Answer(anonymous: 401, everyoneElse: 400, (Patient2, 404)),
        ["GET /api/notifications/patients/{patientId:guid}/notifications"] = Answer(anonymous: 401, everyoneElse: 200, (Patient2, 404)),
        ["GET /api/notifications/dead-letters"] = FrontDeskOnly(allowed: 200),
        ["POST /api/notifications/messages/{notificationId:guid}/resend"] = FrontDeskOnly(allowed: 404),
        ["GET /api/notifications/call-tasks"] = StaffOrPhoneOnly(allowed: 200),
        ["POST /api/notifications/messages/{notificationId:guid}/called"] = StaffOrPhoneOnly(allowed: 404),
        ["POST /api/identity/accounts"] = Answer(anonymous: 400, everyoneElse: 400),
        ["POST /api/identity/password-reset-requests"] = Answer(anonymous: 400, everyoneElse: 400),
        ["POST /api/identity/password-resets"] = Answer(anonymous: 400, everyoneElse: 400),
        ["GET /api/identity/staff"] = AdminOnly(),
        ["POST /api/identity/staff"] = AdminOnly(allowed: 400),
        ["PUT /api/identity/staff/{userId}/roles"] = AdminOnly(allowed: 400),
        ["PUT /api/identity/accounts/{userId}/patient"] = Answer(anonymous: 401, everyoneElse: 403, (FrontDesk, 400), (Admin, 400)),
        ["GET /api/identity/audit/patients/{patientId:guid}"] = AdminOnly(),
        ["GET /api/identity/audit/resources/{resourceId}"] = AdminOnly(),
        ["GET /api/identity/audit/verification"] = AdminOnly(),
    };

    public static TheoryData<string> ApiRoutes => new(RouteTable.All.Where(r => r.Pattern.StartsWith("/api/", StringComparison.Ordinal)).Select(r => r.Key).Distinct());

    [Fact]
    public void Every_api_route_has_an_expected_answer_for_every_caller()
    {
        var routes = RouteTable.All.Where(r => r.Pattern.StartsWith("/api/", StringComparison.Ordinal)).Select(r => r.Key).ToHashSet();

        Assert.NotEmpty(routes);
        Assert.All(routes, route => Assert.True(Expected.ContainsKey(route), $"New route '{route}': add its expected answers to the authorization matrix."));
        Assert.All(Expected.Keys, route => Assert.True(routes.Contains(route), $"The matrix lists '{route}', which no service maps any more."));
        Assert.All(Expected.Values, answers => Assert.Equal(All.Order(), answers.Keys.Order()));
    }

    [Theory]
    [MemberData(nameof(ApiRoutes))]
    public async Task Each_caller_gets_the_expected_answer(string route)
    {
        var patient1Case = await system.Principals.Patient1CaseAsync();
        var (method, pattern) = (route.Split(' ')[0], route.Split(' ')[1]);
        var path = pattern
            .Replace("{caseId:guid}", pattern.StartsWith("/api/intake/", StringComparison.Ordinal) ? patient1Case.ToString() : Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{patientId:guid}", Patient1Id.ToString(), StringComparison.Ordinal)
            .Replace("{resourceId}", patient1Case.ToString(), StringComparison.Ordinal)
            .Replace("{userId}", "no-such-user", StringComparison.Ordinal)
            .Replace("{documentId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{itemId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
        // Any other id in a path (booking, call task, therapist): one nobody has.
        path = System.Text.RegularExpressions.Regex.Replace(path, "\\{[a-zA-Z]+:guid\\}", _ => Guid.NewGuid().ToString());

        var failures = new List<string>();
        foreach (var (principal, expected) in Expected[route])
        {
            var client = await system.Principals.ClientAsync(principal);
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request);
            if (Normalize((int)response.StatusCode) != expected)
            {
                failures.Add($"{principal}: expected {expected}, got {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, $"{route} → {string.Join("; ", failures)}");
    }

    private static Dictionary<string, int> Answer(int anonymous, int everyoneElse, params (string Principal, int Status)[] exceptions)
    {
        var answers = All.ToDictionary(p => p, p => p == Anonymous ? anonymous : everyoneElse);
        foreach (var (principal, status) in exceptions)
        {
            answers[principal] = status;
        }

        return answers;
    }

    /// <summary>An empty answer (204, e.g. no call task due) is the same access as a 200.</summary>
    private static int Normalize(int status) => status == 204 ? 200 : status;

    private static Dictionary<string, int> StaffOrPhoneOnly(int allowed) =>
        Answer(anonymous: 401, everyoneElse: 403, [.. Staff.Select(s => (s, allowed)), (PhoneSystem, allowed)]);

    private static Dictionary<string, int> StaffOnly(int allowed) =>
        Answer(anonymous: 401, everyoneElse: 403, [.. Staff.Select(s => (s, allowed))]);

    private static Dictionary<string, int> BillingOnly(int allowed) =>
        Answer(anonymous: 401, everyoneElse: 403, (Principals.Billing, allowed), (Admin, allowed));

    private static Dictionary<string, int> FrontDeskOnly(int allowed) =>
        Answer(anonymous: 401, everyoneElse: 403, (FrontDesk, allowed), (Admin, allowed));

    private static Dictionary<string, int> AdminOnly(int allowed = 200) => Answer(anonymous: 401, everyoneElse: 403, (Admin, allowed));
}
