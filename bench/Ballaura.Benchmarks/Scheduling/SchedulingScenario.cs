using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Ballaura.AppHost.Messaging;
using Ballaura.Benchmarks.Gateway;
using Ballaura.Testing.Identity;

namespace Ballaura.Benchmarks.Scheduling;

/// <summary>
/// Scheduling as production runs it (its own process, SQLite, the broker): 10 therapists and 10 rooms over 8 weeks.
/// Availability searches on an empty and on a busy calendar; bookings from 8 callers at once until the calendar is
/// full; and the booking rush — 50 callers at the same moment on 3 therapists' day — after which the day's schedule is
/// checked for any two bookings that overlap. Each booking is a distinct patient's self-pay visit, so every refusal
/// is a slot conflict (R14), never a rule.
/// </summary>
public static class SchedulingScenario
{
    private const string Service = "relaxation-massage-60";
    private static readonly TimeZoneInfo Olympia = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    private static readonly Guid[] SeededTherapists =
    [
        Guid.Parse("0193b000-0000-7000-8000-000000000001"), Guid.Parse("0193b000-0000-7000-8000-000000000002"), Guid.Parse("0193b000-0000-7000-8000-000000000003"),
    ];

    public static async Task<IReadOnlyList<(string Label, string Value)>> RunAsync(string repositoryRoot, string connectionString, string directory)
    {
        await using var issuer = await StandInIssuer.StartAsync();
        await using var scheduling = await ServiceProcess.StartAsync(
            ServiceProcess.Built(repositoryRoot, "services/Scheduling/Ballaura.Scheduling", "Ballaura.Scheduling.dll"), LocalRabbitMqNode.FreeTcpPort(),
            new Dictionary<string, string>
            {
                ["ConnectionStrings__messaging"] = connectionString,
                ["ConnectionStrings__schedulingdb"] = $"Data Source={Path.Combine(directory, "scheduling.db")}",
                ["Identity__Authority"] = issuer.Issuer,
            });
        using var admin = Client(scheduling.BaseAddress, issuer.Mint(["admin"], expires: DateTime.UtcNow.AddHours(2)));
        await FurnishAsync(admin);

        var firstMonday = NextMonday();
        var lastDay = firstMonday.AddDays(8 * 7 - 1);
        var search = $"/api/scheduling/availability?from={firstMonday:yyyy-MM-dd}&to={lastDay:yyyy-MM-dd}&services={Service}";
        var emptySearch = await TimeSearchesAsync(admin, search, 50);
        var slots = await DistinctHourlySlotsAsync(admin, search);
        var bookings = await BookAllAsync(scheduling.BaseAddress, issuer, slots, callers: 8);
        var busySearch = await TimeSearchesAsync(admin, search, 50);
        var rushDay = lastDay.AddDays(7 - (int)lastDay.DayOfWeek + 1); // a Monday after the 8 weeks
        var rush = await RushAsync(scheduling.BaseAddress, issuer, rushDay, callers: 50);
        var overlaps = await OverlapsAsync(admin, rushDay);

        Console.WriteLine(emptySearch);
        Console.WriteLine(bookings.Stats);
        Console.WriteLine(busySearch);
        Console.WriteLine(rush.Stats);
        return
        [
            ("availability, 10 therapists × 8 weeks, empty calendar", $"p50 {emptySearch.P50Ms:N1} ms   p99 {emptySearch.P99Ms:N1} ms"),
            ("availability, same range, after the bookings", $"p50 {busySearch.P50Ms:N1} ms   p99 {busySearch.P99Ms:N1} ms"),
            ("bookings, 8 callers at once", $"{bookings.Stats.PerSecond:N0}/s   p50 {bookings.Stats.P50Ms:N1} ms   p99 {bookings.Stats.P99Ms:N1} ms   ({bookings.Booked} booked, {bookings.Refused} refused)"),
            ("booking rush, 50 callers on 3 therapists' day (24 slots)", $"{rush.Booked} booked, {rush.Conflicts} conflicts (409), p99 {rush.Stats.P99Ms:N0} ms"),
            ("double bookings found in the rush day's schedule", overlaps.ToString()),
        ];
    }

    /// <summary>Seven more therapists (Monday to Friday, 9:00–17:00) and seven more rooms: a clinic of ten.</summary>
    private static async Task FurnishAsync(HttpClient admin)
    {
        var weekdays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(day => new { day, start = "09:00:00", end = "17:00:00" }).ToArray();
        for (var i = 4; i <= 10; i++)
        {
            (await admin.PostAsJsonAsync("/api/scheduling/therapists", new { name = $"Bench Therapist {i}", npi = "1345672046", hours = weekdays })).EnsureSuccessStatusCode();
            (await admin.PostAsJsonAsync("/api/scheduling/rooms", new { name = $"Bench Room {i}" })).EnsureSuccessStatusCode();
        }
    }

    private static async Task<LatencyStats> TimeSearchesAsync(HttpClient client, string search, int count)
    {
        (await client.GetAsync(search)).EnsureSuccessStatusCode();
        var latencies = new List<double>(count);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(search);
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        return LatencyStats.From("availability search, 8 weeks", latencies, total.Elapsed);
    }

    /// <summary>Every therapist's free hours on the hour: slots that never overlap each other.</summary>
    private static async Task<List<(Guid Therapist, DateTimeOffset Start)>> DistinctHourlySlotsAsync(HttpClient client, string search)
    {
        var days = await client.GetFromJsonAsync<JsonElement>(search);
        return days.EnumerateArray()
            .SelectMany(d => d.GetProperty("starts").EnumerateArray().Select(s => (Therapist: d.GetProperty("therapistId").GetGuid(), Start: s.GetDateTimeOffset())))
            .Where(s => s.Start.Minute == 0)
            .ToList();
    }

    private static async Task<(LatencyStats Stats, int Booked, int Refused)> BookAllAsync(string baseAddress, StandInIssuer issuer, List<(Guid Therapist, DateTimeOffset Start)> slots, int callers)
    {
        var queue = new ConcurrentQueue<(Guid Therapist, DateTimeOffset Start)>(slots);
        var latencies = new ConcurrentBag<double>();
        var (booked, refused) = (0, 0);
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var slot))
            {
                var (status, ms) = await BookAsPatientAsync(baseAddress, issuer, slot.Therapist, slot.Start);
                latencies.Add(ms);
                _ = status == HttpStatusCode.Created ? Interlocked.Increment(ref booked) : Interlocked.Increment(ref refused);
            }
        })));
        return (LatencyStats.From($"bookings ({callers} callers)", latencies, total.Elapsed), booked, refused);
    }

    /// <summary>50 callers released at once on one day of 3 therapists (8 hourly slots each); each tries free-looking slots until booked or the day is full.</summary>
    private static async Task<(LatencyStats Stats, int Booked, int Conflicts)> RushAsync(string baseAddress, StandInIssuer issuer, DateOnly day, int callers)
    {
        var slots = SeededTherapists.SelectMany(t => Enumerable.Range(9, 8).Select(hour => (Therapist: t, Start: Local(day, hour)))).ToArray();
        var latencies = new ConcurrentBag<double>();
        var (booked, conflicts) = (0, 0);
        var go = new TaskCompletionSource();
        var total = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            await go.Task;
            var random = new Random(caller);
            foreach (var slot in slots.OrderBy(_ => random.Next()))
            {
                var (status, ms) = await BookAsPatientAsync(baseAddress, issuer, slot.Therapist, slot.Start);
                latencies.Add(ms);
                if (status == HttpStatusCode.Created)
                {
                    Interlocked.Increment(ref booked);
                    return;
                }

                Interlocked.Increment(ref conflicts);
            }
        })).ToArray();
        go.SetResult();
        await Task.WhenAll(tasks);
        return (LatencyStats.From($"booking rush ({callers} callers)", latencies, total.Elapsed), booked, conflicts);
    }

    /// <summary>Pairs of live bookings on the rush day that share a therapist or a room and overlap in time.</summary>
    private static async Task<int> OverlapsAsync(HttpClient staff, DateOnly day)
    {
        var schedule = (await staff.GetFromJsonAsync<JsonElement>($"/api/scheduling/schedule?date={day:yyyy-MM-dd}"))
            .EnumerateArray().Where(b => b.GetProperty("status").GetString() == "Booked")
            .Select(b => (Therapist: b.GetProperty("therapistId").GetGuid(), Room: b.GetProperty("roomId").GetGuid(),
                Start: b.GetProperty("start").GetDateTimeOffset(), End: b.GetProperty("end").GetDateTimeOffset()))
            .ToList();
        return schedule.SelectMany((a, i) => schedule.Skip(i + 1).Select(b => (a, b)))
            .Count(p => (p.a.Therapist == p.b.Therapist || p.a.Room == p.b.Room) && p.a.Start < p.b.End && p.b.Start < p.a.End);
    }

    private static async Task<(HttpStatusCode Status, double Ms)> BookAsPatientAsync(string baseAddress, StandInIssuer issuer, Guid therapist, DateTimeOffset start)
    {
        var patientId = Guid.NewGuid();
        using var patient = Client(baseAddress, issuer.Mint(["patient"], expires: DateTime.UtcNow.AddHours(1), subject: patientId.ToString(),
            extraClaims: [new Claim("patient_id", patientId.ToString())]));
        var watch = Stopwatch.StartNew();
        using var response = await patient.PostAsJsonAsync("/api/scheduling/bookings", new { therapistId = therapist, start, services = new[] { Service } });
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict))
        {
            throw new InvalidOperationException($"Booking answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (response.StatusCode, elapsed);
    }

    private static HttpClient Client(string baseAddress, string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseAddress), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static DateOnly NextMonday()
    {
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Olympia).DateTime).AddDays(1);
        while (date.DayOfWeek != DayOfWeek.Monday)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private static DateTimeOffset Local(DateOnly date, int hour)
    {
        var local = date.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, Olympia.GetUtcOffset(local)).ToUniversalTime();
    }
}
