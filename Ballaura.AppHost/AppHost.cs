using Ballaura.AppHost;
using Ballaura.AppHost.Messaging;

var builder = DistributedApplication.CreateBuilder(args);

var messaging = builder.AddBallauraBroker("messaging");
var databases = new ServiceDatabases(builder);

var intake = builder.AddBallauraService<Projects.Ballaura_Intake>("intake", messaging, databases);
var eligibility = builder.AddBallauraService<Projects.Ballaura_Eligibility>("eligibility", messaging, databases);
var scheduling = builder.AddBallauraService<Projects.Ballaura_Scheduling>("scheduling", messaging, databases);
var billing = builder.AddBallauraService<Projects.Ballaura_Billing>("billing", messaging, databases);
var notifications = builder.AddBallauraService<Projects.Ballaura_Notifications>("notifications", messaging, databases);

builder.AddProject<Projects.Ballaura_Gateway>("gateway")
    .WithReference(intake)
    .WithReference(eligibility)
    .WithReference(scheduling)
    .WithReference(billing)
    .WithReference(notifications)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

builder.Build().Run();
