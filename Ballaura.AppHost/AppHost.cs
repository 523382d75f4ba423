using Ballaura.AppHost;
using Ballaura.AppHost.Messaging;

var builder = DistributedApplication.CreateBuilder(args);

var messaging = builder.AddBallauraBroker("messaging");
var databases = new ServiceDatabases(builder);

// The gateway is the one public address: it is also the token issuer's URL.
var gateway = builder.AddProject<Projects.Ballaura_Gateway>("gateway")
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();
var identitySettings = new IdentitySettings(builder, gateway, databases);

var identity = builder.AddBallauraService<Projects.Ballaura_Identity>("identity", messaging, databases, identitySettings)
    .WithTokenIssuer(identitySettings);
var intake = builder.AddBallauraService<Projects.Ballaura_Intake>("intake", messaging, databases, identitySettings)
    .WithDocumentStore(builder, databases);
// Stands in for the clearinghouse and its payers: an outside party, with its latency, errors and outages.
var payerSandbox = builder.AddProject<Projects.Ballaura_PayerSandbox>("payer-sandbox")
    .WithHttpHealthCheck("/health");
var eligibility = builder.AddBallauraService<Projects.Ballaura_Eligibility>("eligibility", messaging, databases, identitySettings)
    .WithReference(payerSandbox)
    .WithReference(intake)
    .WithServiceClient("eligibility-service", identitySettings.EligibilityClientSecret);
var scheduling = builder.AddBallauraService<Projects.Ballaura_Scheduling>("scheduling", messaging, databases, identitySettings)
    .WithReference(intake)
    .WithServiceClient("scheduling-service", identitySettings.SchedulingClientSecret);
var billing = builder.AddBallauraService<Projects.Ballaura_Billing>("billing", messaging, databases, identitySettings)
    .WithReference(intake)
    .WithReference(payerSandbox)
    .WithServiceClient("billing-service", identitySettings.BillingClientSecret);
// Stands in for the mail server and the SMS provider: a real SMTP server whose inbox developers and tests read
// (GET /mail/messages), and an SMS API with latency, failures and delivery receipts.
var contactSandbox = builder.AddProject<Projects.Ballaura_ContactSandbox>("contact-sandbox")
    .WithEndpoint(name: "smtp", scheme: "tcp", env: "Sandbox__SmtpPort")
    .WithHttpHealthCheck("/health");
var smtp = contactSandbox.GetEndpoint("smtp");
var notifications = builder.AddBallauraService<Projects.Ballaura_Notifications>("notifications", messaging, databases, identitySettings)
    .WithReference(intake)
    .WithReference(contactSandbox)
    .WithEnvironment("Notifications__Smtp__Host", smtp.Property(EndpointProperty.Host))
    .WithEnvironment("Notifications__Smtp__Port", smtp.Property(EndpointProperty.Port))
    .WithServiceClient("notifications-service", identitySettings.NotificationsClientSecret);

// The web client: patients and staff in a browser, signing in with the identity service (its issuer is the gateway's
// public address) and calling the services only through the gateway.
var web = builder.AddProject<Projects.Ballaura_Web>("web")
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    .WithReference(gateway)
    .WaitFor(gateway)
    .WithEnvironment("Web__Authority", identitySettings.Issuer)
    .WithEnvironment("Web__ClientSecret", identitySettings.WebClientSecret);
identity.WithEnvironment("Identity__Clients__Web__BaseUrl", web.GetEndpoint("http"));
// The sign-in form's redirects end at the web client: the gateway's CSP lets a form lead there (and CORS, if ever needed).
gateway.WithEnvironment("Gateway__Cors__Origins__0", web.GetEndpoint("http"));

gateway
    .WithReference(identity)
    .WithReference(intake)
    .WithReference(eligibility)
    .WithReference(scheduling)
    .WithReference(billing)
    .WithReference(notifications)
    .WithTokenValidation(identitySettings);

builder.Build().Run();
