using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Api.Hsds;

/// <summary>
/// The read-only Open Referral HSDS 3.0 API under <c>/api/hsds</c>: anonymous, GET (and HEAD) only, CORS open to
/// any origin, paginated lists in the HSDS page envelope, and the Tabular Data Package export.
/// </summary>
public static class HsdsApi
{
    public const string BasePath = "/api/hsds";
    public const string CorsPolicy = "Hsds";
    public const string HsdsVersion = "3.0";
    /// <summary>Defaults of the <c>Hsds:ProfileUrl</c> and <c>Hsds:OpenApiUrl</c> settings: base HSDS 3.0, no profile of our own.</summary>
    public const string DefaultProfileUrl = "https://github.com/openreferral/specification/tree/3.0";
    public const string DefaultOpenApiUrl = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";
    private const string CacheControl = "public, max-age=60";
    private const string AllowedMethods = "GET, HEAD";

    /// <summary>snake_case names as HSDS spells them; absent values are left out; letters of any script stay unescaped.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static IServiceCollection AddHsdsApi(this IServiceCollection services)
    {
        services.AddScoped<HsdsDirectory>();
        services.AddScoped<HsdsDataPackage>();
        services.AddCors(o => o.AddPolicy(CorsPolicy, p => p.AllowAnyOrigin().WithMethods(HttpMethods.Get, HttpMethods.Head).AllowAnyHeader()));
        return services;
    }

    public static IEndpointRouteBuilder MapHsdsApi(this IEndpointRouteBuilder app)
    {
        // The app's fallback policy requires a signed-in user: this group is public on purpose.
        var api = app.MapGroup(BasePath).AllowAnonymous().RequireCors(CorsPolicy);

        Get(api, "/", Root);
        Get(api, "/services", ListServices);
        Get(api, "/services/{id}", GetService);
        Get(api, "/service_at_locations", ListServiceAtLocations);
        Get(api, "/service_at_locations/{id}", GetServiceAtLocation);
        Get(api, "/organizations", ListOrganizations);
        Get(api, "/organizations/{id}", GetOrganization);
        Get(api, "/taxonomies", ListTaxonomies);
        Get(api, "/taxonomies/{id}", GetTaxonomy);
        Get(api, "/taxonomy_terms", ListTaxonomyTerms);
        Get(api, "/taxonomy_terms/{id}", GetTaxonomyTerm);
        Get(api, "/datapackage.zip", (HttpContext http, HsdsDataPackage package, CancellationToken ct) => package.WriteAsync(http, ct))
            .RequireRateLimiting(RateLimitPolicies.BulkExport);
        // Anything else under the API is answered in JSON here, not by the sign-in redirect of the
        // fallback policy: an unknown path is 404, and the API is read-only.
        api.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete],
            (HttpContext http) =>
            {
                if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) return NotFound("There is no such HSDS endpoint.");
                http.Response.Headers.Allow = AllowedMethods;
                return Results.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed",
                    detail: "The HSDS API is read-only: only GET (and HEAD) are allowed.");
            });
        return app;
    }

    /// <summary>A read-only endpoint: GET, and HEAD for the same headers without the body.</summary>
    private static RouteHandlerBuilder Get(RouteGroupBuilder api, string pattern, Delegate handler) =>
        api.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Head], handler);

    // ------------------------------------------------------------------ endpoints

    private static IResult Root(HttpContext http, IConfiguration config) => Ok(http, new HsdsApiInfo(
        HsdsVersion,
        config["Hsds:ProfileUrl"] is { Length: > 0 } profile ? profile : DefaultProfileUrl,
        config["Hsds:OpenApiUrl"] is { Length: > 0 } openApi ? openApi : DefaultOpenApiUrl));

    private static async Task<IResult> ListServices(HttpContext http, HsdsDirectory directory, DirectoryCache cache, CancellationToken ct)
    {
        var q = new HsdsQuery(http.Request.Query);
        var filter = HsdsServiceFilter.Read(q);
        var paging = q.Paging();
        var full = q.Boolean("full");
        q.Unsupported("minimal", "postcode", "proximity");
        if (q.Problem() is { } problem) return problem;

        var services = await directory.FilterAsync(directory.Services, filter, ct);
        var total = await cache.GetOrAddAsync("hsds-services:" + filter, () => services.CountAsync(ct));
        var ids = await services.OrderBy(s => s.Id).Skip(paging.Skip).Take(paging.PerPage).Select(s => s.Id).ToListAsync(ct);
        var contents = full ? await directory.FullServicesAsync(ids, ct) : await directory.ServicesAsync(ids, ct);
        return Ok(http, paging.Envelope(total, contents));
    }

    private static async Task<IResult> GetService(string id, HttpContext http, HsdsDirectory directory, CancellationToken ct)
    {
        var found = Guid.TryParse(id, out var guid) ? await directory.FullServicesAsync([guid], ct) : [];
        return found.Count == 1 ? Ok(http, found[0]) : NotFound($"There is no service with id '{id}'.");
    }

    private static async Task<IResult> ListServiceAtLocations(HttpContext http, HsdsDirectory directory, CancellationToken ct)
    {
        var q = new HsdsQuery(http.Request.Query);
        var filter = HsdsServiceFilter.Read(q);
        var paging = q.Paging();
        var full = q.Boolean("full");
        q.Unsupported("postcode", "proximity");
        if (q.Problem() is { } problem) return problem;

        var services = await directory.FilterAsync(directory.Services, filter, ct);
        var rows = services.SelectMany(s => s.ServiceAtLocations);
        var total = await rows.CountAsync(ct);
        var ids = await rows.OrderBy(x => x.Id).Skip(paging.Skip).Take(paging.PerPage).Select(x => x.Id).ToListAsync(ct);
        return Ok(http, paging.Envelope(total, await directory.ServiceAtLocationsAsync(ids, full, ct)));
    }

    private static async Task<IResult> GetServiceAtLocation(string id, HttpContext http, HsdsDirectory directory, CancellationToken ct)
    {
        var found = Guid.TryParse(id, out var guid) ? await directory.ServiceAtLocationsAsync([guid], full: true, ct) : [];
        return found.Count == 1 ? Ok(http, found[0]) : NotFound($"There is no service_at_location with id '{id}'.");
    }

    private static async Task<IResult> ListOrganizations(HttpContext http, HsdsDirectory directory, CancellationToken ct)
    {
        var q = new HsdsQuery(http.Request.Query);
        var search = q.Text("search");
        var paging = q.Paging();
        var full = q.Boolean("full");
        var fullService = q.Boolean("full_service");
        q.Unsupported();
        if (q.Problem() is { } problem) return problem;

        var orgs = directory.Organisations;
        if (search is not null)
        {
            var pattern = HsdsDirectory.LikePattern(search);
            orgs = orgs.Where(o => EF.Functions.Like(o.Name, pattern, "\\") || EF.Functions.Like(o.Acronym!, pattern, "\\")
                || EF.Functions.Like(o.Description!, pattern, "\\"));
        }
        var total = await orgs.CountAsync(ct);
        var page = orgs.OrderBy(o => o.HsdsId).Skip(paging.Skip).Take(paging.PerPage);
        List<HsdsOrganization> contents;
        if (full || fullService)
            contents = await directory.FullOrganizationsAsync(await page.Select(o => o.HsdsId).ToListAsync(ct), fullService, ct);
        else
            contents = (await page.Include(o => o.Parent).ToListAsync(ct)).Select(HsdsMapper.Organization).ToList();
        return Ok(http, paging.Envelope(total, contents));
    }

    private static async Task<IResult> GetOrganization(string id, HttpContext http, HsdsDirectory directory, CancellationToken ct)
    {
        var q = new HsdsQuery(http.Request.Query);
        var fullService = q.Boolean("full_service");
        if (q.Problem() is { } problem) return problem;
        var found = Guid.TryParse(id, out var guid) ? await directory.FullOrganizationsAsync([guid], fullService, ct) : [];
        return found.Count == 1 ? Ok(http, found[0]) : NotFound($"There is no organization with id '{id}'.");
    }

    private static IResult ListTaxonomies(HttpContext http)
    {
        var q = new HsdsQuery(http.Request.Query);
        var search = q.Text("search");
        var paging = q.Paging();
        q.Unsupported();
        if (q.Problem() is { } problem) return problem;

        var all = HsdsTaxonomies.All.Where(t => search is null || t.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
            || t.Description.Contains(search, StringComparison.OrdinalIgnoreCase)).ToList();
        return Ok(http, paging.Envelope(all.Count, all.Skip(paging.Skip).Take(paging.PerPage).ToList()));
    }

    private static IResult GetTaxonomy(string id, HttpContext http) =>
        HsdsTaxonomies.All.FirstOrDefault(t => Guid.TryParse(id, out var guid) && t.Id == HsdsIds.Text(guid)) is { } taxonomy
            ? Ok(http, taxonomy)
            : NotFound($"There is no taxonomy with id '{id}'.");

    /// <summary>
    /// The stored terms (by taxonomy, then code) followed by the returnee extension terms, filtered by
    /// search (code, name or description), taxonomy_id, parent_id and top_only (terms without a parent).
    /// </summary>
    private static async Task<IResult> ListTaxonomyTerms(HttpContext http, HsdsDirectory directory, CancellationToken ct)
    {
        var q = new HsdsQuery(http.Request.Query);
        var search = q.Text("search");
        var taxonomyId = q.Uuid("taxonomy_id");
        var parentId = q.Uuid("parent_id");
        var topOnly = q.Boolean("top_only");
        var paging = q.Paging();
        q.Unsupported();
        if (q.Problem() is { } problem) return problem;

        var stored = directory.Terms;
        var extensions = HsdsTaxonomies.ExtensionFields.Select(HsdsTaxonomies.ExtensionTerm);
        if (search is not null)
        {
            var pattern = HsdsDirectory.LikePattern(search);
            stored = stored.Where(t => EF.Functions.Like(t.Code, pattern, "\\") || EF.Functions.Like(t.Name, pattern, "\\")
                || EF.Functions.Like(t.Description!, pattern, "\\"));
            extensions = extensions.Where(t => new[] { t.Code!, t.Name, t.Description }.Any(v => v.Contains(search, StringComparison.OrdinalIgnoreCase)));
        }
        if (taxonomyId is { } tid)
        {
            stored = HsdsTaxonomies.StoredTaxonomyOf(tid) is { } taxonomy ? stored.Where(t => t.Taxonomy == taxonomy) : stored.Where(_ => false);
            if (tid != HsdsIds.ExtensionTaxonomy) extensions = [];
        }
        if (parentId is { } pid)
        {
            stored = stored.Where(t => t.Parent!.HsdsId == pid);
            extensions = [];
        }
        if (topOnly) stored = stored.Where(t => t.ParentId == null);

        var extensionList = extensions.ToList();
        var storedTotal = await stored.CountAsync(ct);
        var storedPage = paging.Skip < storedTotal
            ? await stored.OrderBy(t => t.Taxonomy).ThenBy(t => t.Code).Skip(paging.Skip).Take(paging.PerPage)
                .Select(t => new { Term = t, ParentHsdsId = t.Parent == null ? (Guid?)null : t.Parent.HsdsId })
                .ToListAsync(ct)
            : [];
        var contents = storedPage.Select(x => HsdsMapper.Term(x.Term, x.ParentHsdsId))
            .Concat(extensionList.Skip(Math.Max(0, paging.Skip - storedTotal)).Take(paging.PerPage - storedPage.Count))
            .ToList();
        return Ok(http, paging.Envelope(storedTotal + extensionList.Count, contents));
    }

    private static async Task<IResult> GetTaxonomyTerm(string id, HttpContext http, HsdsDirectory directory, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var guid)) return NotFound($"There is no taxonomy term with id '{id}'.");
        var stored = await directory.Terms.Where(t => t.HsdsId == guid)
            .Select(t => new { Term = t, ParentHsdsId = t.Parent == null ? (Guid?)null : t.Parent.HsdsId })
            .FirstOrDefaultAsync(ct);
        if (stored is not null) return Ok(http, HsdsMapper.Term(stored.Term, stored.ParentHsdsId));
        return HsdsTaxonomies.ExtensionFields.FirstOrDefault(f => f.TermId == guid) is { } field
            ? Ok(http, HsdsTaxonomies.ExtensionTerm(field))
            : NotFound($"There is no taxonomy term with id '{id}'.");
    }

    // ------------------------------------------------------------------ responses

    private static IResult Ok<T>(HttpContext http, T value)
    {
        http.Response.Headers.CacheControl = CacheControl;
        return Results.Json(value, Json);
    }

    /// <summary>A JSON 404 (a response with a body is left alone by the status-code pages).</summary>
    private static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
