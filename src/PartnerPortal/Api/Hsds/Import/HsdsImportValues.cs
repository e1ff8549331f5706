using System.Globalization;
using PartnerPortal.Domain;

namespace PartnerPortal.Api.Hsds.Import;

/// <summary>
/// The reverse of <see cref="HsdsMapper"/> for single values: HSDS text back into our types. Each
/// parser returns null for "no value" and reports a value it cannot read through <c>error</c>.
/// </summary>
public static class HsdsImportValues
{
    public static Guid? Uuid(string? text) => Guid.TryParse(text, out var id) ? id : null;

    /// <summary>The value as given; blank is no value. (Text is not trimmed, so that it comes back out of the API the same.)</summary>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    public static ServiceStatus? Status(string? text) =>
        Enum.GetValues<ServiceStatus>().Cast<ServiceStatus?>().FirstOrDefault(s => HsdsMapper.Status(s!.Value) == text?.Trim().ToLowerInvariant());

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>"08:30:00", "08:30" or "08:30:00Z" (the time zone is dropped: opening hours are local to the location).</summary>
    public static TimeOnly? Time(string? text)
    {
        var t = text?.Trim().TrimEnd('Z', 'z');
        if (t is null) return null;
        var plus = t.IndexOfAny(['+', '-']);
        if (plus > 0) t = t[..plus];
        return TimeOnly.TryParseExact(t, ["HH:mm:ss", "HH:mm", "HH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;
    }

    /// <summary>An absolute http(s) URL, as the API publishes them; <paramref name="valid"/> is false for anything else.</summary>
    public static string? Url(string? text, out bool valid)
    {
        var value = Text(text);
        valid = value is null || HsdsMapper.Uri(value) is not null;
        return valid ? value : null;
    }

    /// <summary>A plain email address, as the API publishes them; <paramref name="valid"/> is false for anything else.</summary>
    public static string? Email(string? text, out bool valid)
    {
        var value = Text(text);
        valid = value is null || HsdsMapper.Email(value) is not null;
        return valid ? value : null;
    }

    /// <summary>
    /// Writes one returnee extension field (the attribute's <c>value</c>, in the form
    /// <see cref="HsdsMapper.ExtensionValue"/> writes it) into <paramref name="s"/>; returns the
    /// problem when the value cannot be read.
    /// </summary>
    public static string? ApplyExtension(Service s, string code, string? value)
    {
        var text = Text(value);
        switch (code)
        {
            case "is_mainstream": return Flag(text, v => s.IsMainstream = v);
            case "referral_required": return Flag(text, v => s.ReferralRequired = v);
            case "returnee_categories": s.ReturneeCategories = text; return null;
            case "next_steps": s.NextSteps = text; return null;
            case "intake_criteria": s.IntakeCriteria = text; return null;
            case "access_barrier_notes": s.AccessBarrierNotes = text; return null;
            case "quality_notes": s.QualityNotes = text; return null;
            case "complaints_mechanism": s.ComplaintsMechanism = text; return null;
            case "dimension":
                if (Named<Dimension>(text) is { } dimension) { s.Dimension = dimension; return null; }
                return "must be economic, social or psychosocial";
            case "level":
                if (Named<InterventionLevel>(text) is { } level) { s.Level = level; return null; }
                return "must be individual, community or structural";
            case "referral_method":
                var method = text?.Trim().ToLowerInvariant() switch
                {
                    "walk_in" => ReferralMethod.WalkIn,
                    "phone" => ReferralMethod.Phone,
                    "email" => ReferralMethod.Email,
                    "online_form" => ReferralMethod.OnlineForm,
                    "referral_only" => ReferralMethod.ReferralOnly,
                    _ => (ReferralMethod?)null,
                };
                if (method is null) return "must be walk_in, phone, email, online_form or referral_only";
                s.ReferralMethod = method.Value;
                return null;
            case "access_barriers":
                var barriers = AccessBarriers.None;
                foreach (var part in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (Named<AccessBarriers>(part) is not { } barrier || barrier == AccessBarriers.None)
                        return "must list documentation, distance, cost, safety or eligibility, separated by commas";
                    barriers |= barrier;
                }
                s.AccessBarriers = barriers;
                return null;
            case "funding_end_date":
                if (text is null) { s.FundingEndDate = null; return null; }
                if (Date(text) is not { } end) return "must be a date (YYYY-MM-DD)";
                s.FundingEndDate = end;
                return null;
            default:
                return "is not a returnee field";
        }
    }

    /// <summary>The extension fields' values when a file gives none of them: what a new service starts with.</summary>
    public static void ClearExtensions(Service s)
    {
        s.IsMainstream = false;
        s.ReferralRequired = false;
        s.ReturneeCategories = s.NextSteps = s.IntakeCriteria = s.AccessBarrierNotes = s.QualityNotes = s.ComplaintsMechanism = null;
        s.Dimension = Dimension.Economic;
        s.Level = InterventionLevel.Individual;
        s.ReferralMethod = ReferralMethod.WalkIn;
        s.AccessBarriers = AccessBarriers.None;
        s.FundingEndDate = null;
    }

    private static string? Flag(string? text, Action<bool> set)
    {
        if (!bool.TryParse(text, out var value)) return "must be true or false";
        set(value);
        return null;
    }

    private static T? Named<T>(string? text) where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => string.Equals(v.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Ids of the rows that hang off a service or a location (phones, contacts, schedules …). A row keeps
/// the id the file gives it when that id is a UUID not yet taken in this import nor by a row of
/// another owner in the database; otherwise it gets a new id. HSDS files may repeat one phone under a
/// service, a location and a contact; we keep one row per owner.
/// </summary>
public sealed class ChildIds(IReadOnlyDictionary<(string Table, Guid Id), Guid> storedOwners)
{
    private readonly HashSet<(string, Guid)> _taken = [];

    public Guid For(string table, string? fileId, Guid owner)
    {
        if (HsdsImportValues.Uuid(fileId) is { } id && !_taken.Contains((table, id))
            && (!storedOwners.TryGetValue((table, id), out var storedOwner) || storedOwner == owner))
        {
            _taken.Add((table, id));
            return id;
        }
        var fresh = Guid.NewGuid();
        _taken.Add((table, fresh));
        return fresh;
    }
}

/// <summary>
/// Finds our administrative area for an HSDS address: among the areas of the address's country,
/// those named (case-insensitively) as its city, region or state_province; the most detailed level
/// wins, and among equals the one inside another named area.
/// </summary>
public sealed class AreaMatcher(IReadOnlyList<AreaMatcher.Area> areas)
{
    public sealed record Area(int Id, string CountryCode, string Name, AreaLevel Level, string Path);

    private readonly ILookup<(string, string), Area> _byName =
        areas.ToLookup(a => (a.CountryCode.ToUpperInvariant(), a.Name.Trim().ToLowerInvariant()));

    public Area? Match(string countryCode, params string?[] names)
    {
        var country = countryCode.Trim().ToUpperInvariant();
        var found = names.Select(HsdsImportValues.Text).OfType<string>()
            .SelectMany(n => _byName[(country, n.Trim().ToLowerInvariant())]).Distinct().ToList();
        if (found.Count == 0) return null;
        var deepest = found.Where(a => a.Level == found.Max(x => x.Level)).ToList();
        return deepest.OrderByDescending(a => found.Count(other => other != a && a.Path.StartsWith(other.Path, StringComparison.Ordinal)))
            .ThenBy(a => a.Id).First();
    }

    /// <summary>An area by its name alone within the given countries (service areas name the area).</summary>
    public Area? ByName(IEnumerable<string> countryCodes, string? name)
    {
        if (HsdsImportValues.Text(name) is not { } n) return null;
        return countryCodes.Select(c => Match(c, n)).OfType<Area>().FirstOrDefault();
    }
}
