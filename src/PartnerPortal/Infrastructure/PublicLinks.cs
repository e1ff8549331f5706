namespace PartnerPortal.Infrastructure;

/// <summary>
/// Absolute links for emails. They use the configured PublicBaseUrl when set, so a forged Host
/// header cannot make the portal email a link to someone else's site.
/// </summary>
public sealed class PublicLinks(IConfiguration config, IHttpContextAccessor http)
{
    public string To(string pathAndQuery)
    {
        var configured = config["PublicBaseUrl"];
        var request = http.HttpContext?.Request;
        var baseUrl = !string.IsNullOrWhiteSpace(configured) ? configured.TrimEnd('/')
            : request is not null ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : "http://localhost";
        return baseUrl + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery);
    }
}
