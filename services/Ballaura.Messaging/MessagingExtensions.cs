using Ballaura.Messaging.Errors;
using Ballaura.Messaging.Inbox;
using Ballaura.Messaging.Outbox;
using Ballaura.Messaging.Signals;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Ballaura.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit on RabbitMQ from the connection string "messaging", with our outbox (stored in
    /// <typeparamref name="TDbContext"/>) and an idempotent inbox in front of every consumer.
    /// Register the DbContext with the interceptors from the container (see Ballaura.Persistence).
    /// </summary>
    /// <param name="serviceName">Prefix of every receive endpoint (queue) of this service, e.g. "billing".</param>
    public static IHostApplicationBuilder AddBallauraMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null) where TDbContext : DbContext
    {
        var section = builder.Configuration.GetSection(MessagingOptions.SectionName);
        builder.Services.Configure<MessagingOptions>(section);
        var options = section.Get<MessagingOptions>() ?? new MessagingOptions();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddCommitSignal<OutboxSignal>();
        builder.Services.AddScoped<IOutbox, EfOutbox<TDbContext>>();
        builder.Services.AddScoped(sp => new ScopedDbContext(sp.GetRequiredService<TDbContext>()));
        builder.Services.TryAddSingleton<InboxGroups>();
        var endpointNames = new ReceiveEndpointNames();
        builder.Services.AddSingleton(endpointNames);
        builder.Services.AddSingleton(sp => new ErrorQueues(endpointNames, sp.GetRequiredService<IConfiguration>()));
        if (options.Outbox.DispatcherEnabled)
        {
            builder.Services.AddHostedService<OutboxDispatcher<TDbContext>>();
        }

        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            addConsumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
            {
                endpointNames.Add(name);
                ConfigureEndpoint(context, endpoint, options);
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                var address = RabbitMqAddress.Parse(connectionString);
                rabbit.Host(address.Host, address.Port, address.VirtualHost, host =>
                {
                    host.Username(address.Username);
                    host.Password(address.Password);
                    host.PublisherConfirmation = true;
                    if (address.UseTls)
                    {
                        host.UseSsl(ssl => ssl.ServerName = address.Host);
                    }
                });
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            // Start even while the broker is away: the outbox keeps the events and the bus reconnects.
            o.WaitUntilStarted = false;
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return builder;
    }

    private static void ConfigureEndpoint(IRegistrationContext context, IReceiveEndpointConfigurator endpoint, MessagingOptions options)
    {
        // Short in-process retries with backoff; after the last one the message goes to the endpoint's
        // _error queue. (No delayed redelivery: the broker here has no delayed-exchange plugin.)
        endpoint.UseMessageRetry(retry => retry.Exponential(
            options.RetryLimit, options.RetryMinInterval, options.RetryMaxInterval, options.RetryMinInterval));
        endpoint.UseConsumeFilter(typeof(InboxFilter<>), context);
        endpoint.PrefetchCount = options.PrefetchCount;
        if (options.QuorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
        }
    }
}
