using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PartnerPortal.Infrastructure;

/// <summary>
/// Absolute links for emails. They use the configured PublicBaseUrl when set, so a forged Host
/// header cannot make the portal email a link to someone else's site. Without it, a request's own
/// address; in a background job (no request), the address the server listens on.
/// </summary>
public sealed class PublicLinks(IConfiguration config, IHttpContextAccessor http, IServer server)
{
    public string To(string pathAndQuery)
    {
        var configured = config["PublicBaseUrl"];
        var request = http.HttpContext?.Request;
        var baseUrl = !string.IsNullOrWhiteSpace(configured) ? configured.TrimEnd('/')
            : request is not null ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : ListeningAddress() ?? "http://localhost";
        return baseUrl + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery);
    }

    /// <summary>The first address Kestrel listens on, with a wildcard host read as this machine.</summary>
    private string? ListeningAddress() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } address
            ? address.Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost").Replace("://+", "://localhost").Replace("://*", "://localhost").TrimEnd('/')
            : null;
}
