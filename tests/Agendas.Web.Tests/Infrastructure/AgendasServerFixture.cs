using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Agendas.Web.Tests.Infrastructure;

/// <summary>
/// The app on a real Kestrel socket (a free port on this machine), for tests that talk HTTP as a browser would.
/// .NET 10's <c>UseKestrel</c> + <c>StartServer</c> replace the in-memory TestServer.
/// </summary>
public sealed class AgendasServerFixture : AgendasAppFactory, IAsyncLifetime
{
    public AgendasServerFixture() => UseKestrel(0);

    /// <summary>The address Kestrel bound, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri ServerAddress { get; private set; } = null!;

    /// <summary>A plain client on the socket: nothing in it knows about the test host.</summary>
    public HttpClient CreateHttpClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = ServerAddress };

    Task IAsyncLifetime.InitializeAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        ServerAddress = new Uri(addresses.Addresses.First());
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
