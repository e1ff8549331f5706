using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>
/// Walks every page, every named handler and every endpoint of the app as an anonymous visitor.
/// Only the routes on <see cref="PublicRoutes"/> may answer; a new page that is not protected fails here.
/// </summary>
public class RouteAuthorizationTests : IDisposable
{
    /// <summary>The pages the public may use without signing in. Adding to this list is a security decision.</summary>
    public static readonly HashSet<string> PublicRoutes =
    [
        "/Account/SignIn", "/Account/ForgotPassword", "/Account/ResetPassword", "/Account/AcceptInvitation",
        "/Account/AccessDenied", "/Error", "/healthz",
        // The public service directory (PRODUCT §4).
        "/Directory", "/Directory/Service", "/Directory/ReferralGuide",
        // The read-only HSDS API and its data package (PRODUCT §4): public by design, GET only.
        "/api/hsds", "/api/hsds/services", "/api/hsds/service_at_locations", "/api/hsds/organizations", "/api/hsds/taxonomies",
        "/api/hsds/taxonomy_terms", "/api/hsds/datapackage.zip",
        // Anyone may check that a signed agreement PDF is genuine (PRODUCT §5).
        "/Verify",
        // The public registry of community-based initiatives: published summaries only (PRODUCT §6).
        "/Initiatives", "/Initiatives/Details",
    ];

    private readonly PortalFactory _factory = new();

    public sealed record Probe(string Method, string Url, string Route);

    [Fact]
    public async Task Every_route_refuses_anonymous_visitors_unless_it_is_public()
    {
        var probes = EnumerateProbes(_factory).ToList();
        Assert.True(probes.Count > 40, $"Only {probes.Count} probes were found; the enumeration is broken.");
        using var client = PortalClient.Anonymous(_factory);
        var leaks = new List<string>();
        var answeredPublicly = new HashSet<string>();
        foreach (var probe in probes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url);
            if (probe.Method == "POST") request.Content = new FormUrlEncodedContent([]);
            var response = await client.Http.SendAsync(request);
            var sentToSignIn = response.StatusCode == HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/SignIn"));
            var refused = sentToSignIn || response.StatusCode == HttpStatusCode.Forbidden;
            if (PublicRoutes.Contains(probe.Route))
            {
                Assert.True((int)response.StatusCode < 500, $"{probe.Method} {probe.Url} failed with {(int)response.StatusCode}");
                if (!sentToSignIn) answeredPublicly.Add(probe.Route);
            }
            else if (!refused)
                leaks.Add($"{probe.Method} {probe.Url} → {(int)response.StatusCode}");
        }
        Assert.True(leaks.Count == 0, "Reachable without signing in:\n" + string.Join("\n", leaks));
        // Every route on the public list really exists and answers, so the list cannot go stale.
        Assert.Equal(PublicRoutes.Order(), answeredPublicly.Order());
    }

    [Fact]
    public void Every_page_model_states_who_may_use_it()
    {
        var pageModels = typeof(Program).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract).ToList();
        Assert.NotEmpty(pageModels);
        var unstated = pageModels.Where(t => t.GetCustomAttribute<AuthorizeAttribute>() is null && t.GetCustomAttribute<AllowAnonymousAttribute>() is null)
            .Select(t => t.FullName).ToList();
        Assert.True(unstated.Count == 0, "Page models without [Authorize] or [AllowAnonymous]: " + string.Join(", ", unstated));

        var anonymous = pageModels.Where(t => t.GetCustomAttribute<AllowAnonymousAttribute>() is not null)
            .Select(t => "/" + t.Namespace!.Replace("PartnerPortal.Pages", "").TrimStart('.').Replace('.', '/') + "/" + t.Name[..^"Model".Length])
            .Select(r => r.Replace("//", "/")).Select(r => r.EndsWith("/Index") ? r[..^"/Index".Length] : r).ToList();
        Assert.All(anonymous, route => Assert.Contains(route, PublicRoutes));
    }

    /// <summary>Each endpoint with sample route values; each page once per named handler and verb.</summary>
    public static IEnumerable<Probe> EnumerateProbes(PortalFactory factory)
    {
        var sources = factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var anOrganisation = factory.WithDb(db => db.Organisations.Select(o => o.Id).First());
        var aUser = factory.WithDb(db => db.Users.Select(u => u.Id).First());
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().DistinctBy(e => e.RoutePattern.RawText))
        {
            var raw = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (raw.StartsWith("/hangfire", StringComparison.Ordinal)) continue;
            var url = System.Text.RegularExpressions.Regex.Replace(raw, @"\{(\w+)(:[^}?]*)?(\?)?\}", m =>
                m.Groups[3].Success ? "" : m.Groups[2].Value.Contains("int") || m.Groups[2].Value.Contains("long") ? anOrganisation.ToString() : aUser);
            url = url.TrimEnd('/');
            if (url == "") url = "/";
            var route = System.Text.RegularExpressions.Regex.Replace(raw, @"/\{[^}]+\}", "").TrimEnd('/');
            if (route == "/Index" || route == "") route = "/";
            route = route.EndsWith("/Index") ? route[..^"/Index".Length] : route;

            var page = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>();
            if (page is null)
            {
                foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                    yield return new Probe(method, url, route);
                continue;
            }
            var modelType = typeof(Program).Assembly.GetType("PartnerPortal.Pages" + page.ViewEnginePath.Replace('/', '.') + "Model");
            if (modelType is null) { yield return new Probe("GET", url, route); continue; }
            foreach (var (verb, handler) in Handlers(modelType))
                yield return new Probe(verb, handler is null ? url : $"{url}?handler={handler}", route);
        }
    }

    private static IEnumerable<(string Verb, string? Handler)> Handlers(Type modelType)
    {
        var names = modelType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => System.Text.RegularExpressions.Regex.Match(m.Name, "^On(Get|Post)(\\w*?)(Async)?$"))
            .Where(m => m.Success)
            .Select(m => (m.Groups[1].Value.ToUpperInvariant(), m.Groups[2].Value is "" ? null : m.Groups[2].Value))
            .Distinct().ToList();
        // Every page answers GET; a page without OnGet still renders.
        if (!names.Any(n => n.Item1 == "GET" && n.Item2 is null)) names.Add(("GET", null));
        return names;
    }

    public void Dispose() => _factory.Dispose();
}
