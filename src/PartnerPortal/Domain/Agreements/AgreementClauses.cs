using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PartnerPortal.Domain.Agreements;

/// <summary>One clause of the canonical form: a stable key (comments and comparisons use it), a title and its text.</summary>
public sealed record AgreementClause(string Key, string Title, string Text);

/// <summary>
/// The canonical text form of a version: what the parties agree to, clause by clause, built only from
/// stored values (ids, codes and the texts typed) so that renaming an organisation later does not
/// change what was signed, while any change to a term does. Its SHA-256 is the fingerprint frozen at
/// "Ready for signature" and recorded with every signature.
/// </summary>
public static class AgreementClauses
{
    /// <summary>Bump only with a migration that re-fingerprints nothing: old fingerprints stay tied to this form.</summary>
    public const string FormName = "PartnerPortal synergy agreement, canonical form 1";

    public static readonly IReadOnlyList<(string Key, string Title)> All =
    [
        ("purpose", "Title and purpose"),
        ("parties", "Parties"),
        ("contributions", "Support each party provides"),
        ("eligibility", "Eligibility criteria and restrictions"),
        ("beneficiary-selection", "Selection of beneficiaries"),
        ("referral", "Referral channel and pathways"),
        ("community-selection", "Selection of communities"),
        ("structural-approach", "Structural interventions"),
        ("coordination", "Coordination"),
        ("monitoring", "Monitoring and data sharing"),
        ("reporting", "Reporting obligations"),
        ("scope", "Scope"),
        ("dates", "Dates and signing"),
        ("due-diligence", "Due diligence"),
    ];

    public static bool IsKnown(string key) => All.Any(c => c.Key == key);

    public static string TitleOf(string key) => All.Single(c => c.Key == key).Title;

    public static IReadOnlyList<AgreementClause> Of(AgreementVersion v)
    {
        var parties = v.Parties.OrderBy(p => p.Position).ThenBy(p => p.OrganisationId).ToList();
        var text = new Dictionary<string, string>
        {
            ["purpose"] = Lines(("Title", v.Title), ("Purpose", v.Purpose)),
            ["parties"] = string.Join("\n", parties.Select(p =>
                $"Party {p.Position}: organisation #{p.OrganisationId}; programme {(p.ProgrammeId is { } id ? "#" + id : "none")}; role: {Clean(p.Role)}")),
            ["contributions"] = string.Join("\n", parties.SelectMany(p => p.Contributions
                .OrderBy(c => c.Type).ThenBy(c => Clean(c.Description), StringComparer.Ordinal)
                .Select(c => $"Party {p.Position}: {c.Type}; cost share {Percent(c.CostSharePercent)}; {Clean(c.Description)}"))),
            ["eligibility"] = string.Join("\n", parties.Select(p => $"Party {p.Position}: {Clean(p.Eligibility)}")),
            ["beneficiary-selection"] = Clean(v.BeneficiarySelection),
            ["referral"] = Lines(("Channel", v.ReferralChannel?.ToString()))
                + string.Concat(v.ReferralPathways
                    .OrderBy(r => r.FromServiceId).ThenBy(r => r.ToServiceId).ThenBy(r => Clean(r.Conditions), StringComparer.Ordinal)
                    .Select(r => $"\nPathway: service {r.FromServiceId:D} to service {r.ToServiceId:D}; conditions: {Clean(r.Conditions)}")),
            ["community-selection"] = Clean(v.CommunitySelection),
            ["structural-approach"] = Clean(v.StructuralApproach),
            ["coordination"] = Lines(("Mechanism", v.CoordinationMechanism), ("Meetings", v.MeetingFrequency), ("Focal points", v.FocalPoints)),
            ["monitoring"] = Lines(("Monitoring and data sharing", v.MonitoringAndDataSharing), ("Data protection", v.DataProtection)),
            ["reporting"] = Clean(v.ReportingObligations),
            ["scope"] = Lines(
                ("Levels", v.Levels.ToString()), ("Stage", v.Stage.ToString()), ("Commitment", v.Commitment.ToString()),
                ("Areas", Ids(v.Areas.Select(a => a.AdministrativeAreaId))),
                ("Target groups", Ids(v.TargetGroups.Select(t => t.TermId))),
                ("SDG targets", string.Join(", ", v.SdgTargets.Select(t => t.TargetCode).Order(StringComparer.Ordinal)))),
            ["dates"] = Lines(("Start", Date(v.StartDate)), ("End", Date(v.EndDate)), ("Review", Date(v.ReviewDate)),
                ("Signing order", v.SigningOrder.ToString())),
            ["due-diligence"] = Clean(v.DueDiligenceNotes),
        };
        return All.Select(c => new AgreementClause(c.Key, c.Title, text[c.Key])).ToList();
    }

    /// <summary>The whole canonical document: form name, reference, version and every clause.</summary>
    public static string CanonicalText(string referenceNumber, AgreementVersion v)
    {
        var sb = new StringBuilder();
        sb.Append(FormName).Append('\n').Append("Reference: ").Append(referenceNumber).Append('\n')
          .Append("Version: ").Append(v.Number.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var clause in Of(v))
            sb.Append("\n## ").Append(clause.Key).Append('\n').Append(clause.Text).Append('\n');
        return sb.ToString();
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 canonical text.</summary>
    public static string Fingerprint(string referenceNumber, AgreementVersion v) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(referenceNumber, v))));

    /// <summary>Trimmed, Unicode-normalised, with one kind of line break: invisible differences do not count as changes.</summary>
    private static string Clean(string? s) =>
        string.IsNullOrWhiteSpace(s) ? "" : s.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n").Replace('\r', '\n').Trim();

    private static string Lines(params (string Label, string? Value)[] fields) =>
        string.Join("\n", fields.Select(f => $"{f.Label}: {Clean(f.Value)}"));

    private static string Ids(IEnumerable<int> ids) => string.Join(", ", ids.Order().Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Percent(decimal? p) => p is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) + "%" : "none";
}
