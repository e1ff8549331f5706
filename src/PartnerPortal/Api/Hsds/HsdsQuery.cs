using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace PartnerPortal.Api.Hsds;

/// <summary>
/// Reads the HSDS query parameters of one request and collects what is wrong with them, so that a
/// request with a bad value gets one 400 answer naming every problem instead of a silent default.
/// </summary>
public sealed class HsdsQuery(IQueryCollection query)
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 500;

    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors => _errors;

    private string? Single(string name)
    {
        var values = query.TryGetValue(name, out var v) ? v : StringValues.Empty;
        if (values.Count > 1) _errors.Add($"'{name}' is given more than once.");
        var value = values.Count == 0 ? null : values[0]?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string? Text(string name) => Single(name);

    public int Integer(string name, int defaultValue, int min, int max)
    {
        if (Single(name) is not { } text) return defaultValue;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        _errors.Add(max == int.MaxValue
            ? $"'{name}' must be a whole number of at least {min}."
            : $"'{name}' must be a whole number from {min} to {max}.");
        return defaultValue;
    }

    public bool Boolean(string name)
    {
        switch (Single(name)?.ToLowerInvariant())
        {
            case null or "false" or "0": return false;
            case "true" or "1": return true;
            default:
                _errors.Add($"'{name}' must be true or false.");
                return false;
        }
    }

    public Guid? Uuid(string name)
    {
        if (Single(name) is not { } text) return null;
        if (Guid.TryParseExact(text, "D", out var id)) return id;
        _errors.Add($"'{name}' must be a UUID such as 3f7b145d-84af-42d7-8fae-eaca714b02b2.");
        return null;
    }

    /// <summary>An ISO 8601 date-time (a date alone means its midnight); without an offset it is taken as UTC.</summary>
    public DateTime? DateTimeUtc(string name)
    {
        if (Single(name) is not { } text) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) return at.UtcDateTime;
        _errors.Add($"'{name}' must be an ISO 8601 date-time such as 2025-01-31T12:00:00Z.");
        return null;
    }

    /// <summary>Parameters of the HSDS openapi that this API does not offer: refused rather than ignored.</summary>
    public void Unsupported(params string[] names)
    {
        foreach (var name in names)
            if (query.ContainsKey(name)) _errors.Add($"'{name}' is not supported by this API.");
        if (Single("format") is { } format && !format.Equals("json", StringComparison.OrdinalIgnoreCase))
            _errors.Add("'format' can only be json.");
    }

    public HsdsPaging Paging() => new(Integer("page", 1, 1, int.MaxValue), Integer("per_page", DefaultPerPage, 1, MaxPerPage));

    public IResult? Problem() => _errors.Count == 0
        ? null
        : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid query parameters", detail: string.Join(" ", _errors));
}

/// <summary>A 1-based page of at most <see cref="PerPage"/> items.</summary>
public sealed record HsdsPaging(int Page, int PerPage)
{
    public int Skip => (int)Math.Min(int.MaxValue, (long)(Page - 1) * PerPage);

    public HsdsPage<T> Envelope<T>(int totalItems, IReadOnlyList<T> contents)
    {
        var totalPages = (int)(((long)totalItems + PerPage - 1) / PerPage);
        return new HsdsPage<T>(totalItems, totalPages, Page, contents.Count, FirstPage: Page == 1, LastPage: Page >= totalPages,
            Empty: contents.Count == 0, contents);
    }
}

/// <summary>The filters of the service and service_at_location lists.</summary>
public sealed record HsdsServiceFilter(string? Search, Guid? TaxonomyTermId, Guid? TaxonomyId, Guid? OrganizationId, DateTime? ModifiedAfter)
{
    public static HsdsServiceFilter Read(HsdsQuery q) => new(q.Text("search"), q.Uuid("taxonomy_term_id"), q.Uuid("taxonomy_id"),
        q.Uuid("organization_id"), q.DateTimeUtc("modified_after"));
}
