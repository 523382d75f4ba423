using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Ballaura.EndToEndTests;

/// <summary>Collects the log lines the AppHost forwards from its resources (category "….Resources.{name}").</summary>
public sealed class ResourceLogCapture(ConcurrentQueue<string> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Capture(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Capture(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category[(category.LastIndexOf('.') + 1)..]}: {formatter(state, exception)}");
    }
}
