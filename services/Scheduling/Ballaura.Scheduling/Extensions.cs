using System.Text.Json;
using System.Text.Json.Serialization;
using Ballaura.Messaging;
using Ballaura.Messaging.Errors;
using Ballaura.Persistence;
using Ballaura.Scheduling.Availability;
using Ballaura.Scheduling.Bookings;
using Ballaura.Scheduling.CallTasks;
using Ballaura.Scheduling.Cards;
using Ballaura.Scheduling.Cases;
using Ballaura.Scheduling.Catalog;
using Ballaura.Scheduling.Clinic;
using Ballaura.Scheduling.Data;
using Ballaura.Scheduling.Phone;
using Ballaura.Scheduling.Reminders;
using Ballaura.Scheduling.Visits;
using Ballaura.Security;
using Ballaura.Security.ServiceClients;

namespace Ballaura.Scheduling;

public static class Extensions
{
    public static IHostApplicationBuilder AddSchedulingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SchedulingDbContext, SchedulingSqliteDbContext, SchedulingSqlServerDbContext>("schedulingdb");
        builder.AddBallauraMessaging<SchedulingDbContext>("scheduling", bus =>
        {
            bus.AddConsumer<CaseOpenedConsumer>();
            bus.AddConsumer<PrescriptionRecordedConsumer>();
            bus.AddConsumer<PaperworkSignedConsumer>();
            bus.AddConsumer<CaseRefusedConsumer>();
            bus.AddConsumer<CaseClosedConsumer>();
            bus.AddConsumer<CoverageVerifiedConsumer>();
            bus.AddConsumer<CoverageNotVerifiedConsumer>();
            bus.AddConsumer<CoverageLapsedConsumer>();
            bus.AddConsumer<AuthorizationRecordedConsumer>();
            bus.AddConsumer<CaseReadyToScheduleConsumer>();
            bus.AddConsumer<ReminderCheckConsumer>();
        });
        builder.AddBallauraAuthentication();
        builder.AddPhiAudit<SchedulingDbContext>();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));
        builder.Services.Configure<SchedulingOptions>(builder.Configuration.GetSection(SchedulingOptions.SectionName));
        builder.Services.AddSingleton<ClinicCalendar>();
        builder.Services.AddSingleton<CallingHours>();
        builder.Services.AddScoped<BookingPlanner>();
        builder.Services.AddScoped<BookingCommit>();
        builder.Services.AddScoped<BookingViews>();
        builder.Services.AddScoped<CaseOverviews>();
        builder.Services.AddScoped<AvailabilitySearch>();
        builder.Services.AddHttpClient<IntakeDirectory>(http => http.BaseAddress = new Uri(builder.Configuration["Scheduling:IntakeUrl"] ?? "http://intake"))
            .WithServiceToken();
        return builder;
    }

    public static WebApplication MapSchedulingApi(this WebApplication app)
    {
        app.UseBallauraAuthentication();
        app.MapOpenApi().RequireAuthorization(BallauraPolicies.Staff);
        app.MapMessagingOps().RequireAuthorization(BallauraPolicies.Admin);
        var api = app.MapGroup("/api/scheduling").WithTags("Scheduling");
        api.MapGetSchedulingCase();
        api.MapCatalog();
        api.MapAvailability();
        api.MapCards();
        api.MapBookVisit();
        api.MapRescheduleBooking();
        api.MapCancelBooking();
        api.MapBookingQueries();
        api.MapVisits();
        api.MapCallTasks();
        api.MapCallerLookup();
        return app;
    }
}
