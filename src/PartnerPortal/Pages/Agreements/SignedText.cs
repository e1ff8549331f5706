using System.Globalization;
using System.Text.RegularExpressions;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;

namespace PartnerPortal.Pages.Agreements;

/// <summary>One labelled line of a readable clause; an empty label means running text.</summary>
public sealed record SignedTextLine(string? Label, string Text);

/// <summary>A clause of <see cref="AgreementClauses"/> in words people read: organisation, service and area names instead of ids.</summary>
public sealed record SignedTextClause(string Key, string Title, IReadOnlyList<SignedTextLine> Lines);

/// <summary>
/// The terms of a version as the signatories read them, on the signing page and in the signed PDF
/// (partial _SignedText.cshtml). It follows the canonical clauses one for one, so what is read is what
/// is fingerprinted, but names things. Kept in this one place so a shared readable-clause view can
/// replace it. Expects the version loaded by <see cref="AgreementStore"/> (parties with organisations,
/// terms with their names).
/// </summary>
public static partial class SignedText
{
    public const string NotStated = "Not stated";

    public static IReadOnlyList<SignedTextClause> Of(AgreementVersion v)
    {
        var parties = v.Parties.OrderBy(p => p.Position).ThenBy(p => p.OrganisationId).ToList();
        string Org(AgreementParty p) => p.Organisation?.Name ?? $"Organisation #{p.OrganisationId}";
        var lines = new Dictionary<string, IEnumerable<SignedTextLine>>
        {
            ["purpose"] = [L("Title", v.Title), L("Purpose", v.Purpose)],
            ["parties"] = parties.Select(p => L($"Party {p.Position}",
                $"{Org(p)} — {p.Role}" + (p.ProgrammeId is null ? "" : $" (programme: {p.Programme?.Name ?? "#" + p.ProgrammeId})"))),
            ["contributions"] = parties.SelectMany(p => p.Contributions.OrderBy(c => c.Type).ThenBy(c => c.Description, StringComparer.Ordinal)
                .Select(c => L(Org(p), $"{Words(c.Type)}: {c.Description.Trim()}"
                    + (c.CostSharePercent is { } share ? $" (cost share {share.ToString("0.##", CultureInfo.InvariantCulture)}%)" : "")))),
            ["eligibility"] = parties.Select(p => L(Org(p), p.Eligibility)),
            ["beneficiary-selection"] = [L(null, v.BeneficiarySelection)],
            ["referral"] = v.ReferralPathways.OrderBy(r => r.FromServiceId).ThenBy(r => r.ToServiceId)
                .Select(r => L("Pathway", $"{Service(r.FromService, r.FromServiceId)} to {Service(r.ToService, r.ToServiceId)}"
                    + (string.IsNullOrWhiteSpace(r.Conditions) ? "" : $"; conditions: {r.Conditions.Trim()}")))
                .Prepend(L("Channel", v.ReferralChannel is { } channel ? Words(channel) : null)),
            ["community-selection"] = [L(null, v.CommunitySelection)],
            ["structural-approach"] = [L(null, v.StructuralApproach)],
            ["coordination"] = [L("Mechanism", v.CoordinationMechanism), L("Meetings", v.MeetingFrequency), L("Focal points", v.FocalPoints)],
            ["monitoring"] = [L("Monitoring and data sharing", v.MonitoringAndDataSharing), L("Data protection", v.DataProtection)],
            ["reporting"] = [L(null, v.ReportingObligations)],
            ["scope"] =
            [
                L("Levels", v.Levels == LevelSet.None ? null : Words(v.Levels)), L("Stage", Words(v.Stage)), L("Commitment", Words(v.Commitment)),
                L("Areas", v.Areas.Count == 0 ? "The whole country" : Join(v.Areas.Select(a => a.AdministrativeArea?.Name ?? "#" + a.AdministrativeAreaId).Order(StringComparer.CurrentCulture))),
                L("Target groups", Join(v.TargetGroups.Select(t => t.Term?.Name ?? "#" + t.TermId).Order(StringComparer.CurrentCulture))),
                L("SDG targets", Join(v.SdgTargets.OrderBy(t => t.Target?.SortOrder).ThenBy(t => t.TargetCode, StringComparer.Ordinal).Select(t => t.Target is { } target ? $"{target.Code} {target.TitleEn}" : t.TargetCode))),
            ],
            ["dates"] =
            [
                L("Start", Date(v.StartDate)), L("End", Date(v.EndDate)), L("Review", Date(v.ReviewDate)),
                L("Signing order", v.SigningOrder == SigningOrder.Sequential ? "Sequential: each party signs after the one before it" : "Parallel: the parties sign in any order"),
            ],
            ["due-diligence"] = [L(null, v.DueDiligenceNotes)],
        };
        return AgreementClauses.All.Select(c =>
        {
            var clauseLines = lines[c.Key].ToList();
            return new SignedTextClause(c.Key, c.Title, clauseLines.Count == 0 ? [L(null, null)] : clauseLines);
        }).ToList();
    }

    /// <summary>"InKind" → "In kind"; flags are listed with commas.</summary>
    public static string Words(Enum value) =>
        string.Join(", ", value.ToString().Split(", ").Select(name => Capital().Replace(name, m => " " + m.Value.ToLowerInvariant()).TrimStart()));

    public static string Date(DateOnly? d) => d?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? NotStated;

    private static SignedTextLine L(string? label, string? text) =>
        new(label, string.IsNullOrWhiteSpace(text) ? NotStated : text.Trim());

    private static string? Join(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 0 ? null : string.Join(", ", list);
    }

    private static string Service(Service? s, Guid id) =>
        s is null ? $"service {id:D}" : $"\u201c{s.Name}\u201d ({s.Organisation?.Name ?? "unknown provider"})";

    [GeneratedRegex("(?<!^)[A-Z]")]
    private static partial Regex Capital();
}
