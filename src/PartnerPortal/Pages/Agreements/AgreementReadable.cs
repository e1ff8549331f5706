using System.Globalization;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;

namespace PartnerPortal.Pages.Agreements;

/// <summary>Words of a readable value, linked when they name something the portal has a page for.</summary>
public sealed record ReadablePart(string Text, string? Href = null);

/// <summary>One value of an entry: a run of words and links, e.g. "Job counselling (NGO) → Solar course (Centre)".</summary>
public sealed record ReadableValue(IReadOnlyList<ReadablePart> Parts)
{
    public static ReadableValue Of(params ReadablePart[] parts) => new(parts);
}

/// <summary>A labelled part of a clause ("Mechanism", "Party 1"); no values reads "Not stated". No label: the clause is one text.</summary>
public sealed record ReadableEntry(string? Label, IReadOnlyList<ReadableValue> Values, bool LongText = false);

/// <summary>A clause of <see cref="AgreementClauses"/> as people read it: names instead of ids, words instead of codes.</summary>
public sealed record ReadableClause(string Key, string Title, IReadOnlyList<ReadableEntry> Entries);

/// <summary>
/// Turns a version loaded with its terms (<see cref="AgreementStore.LoadTermsAsync"/>) into readable
/// clauses, one per key of <see cref="AgreementClauses.All"/> and in the same order, so that the
/// agreement page, the comparison and the signed document show the same words for the same terms.
/// </summary>
public static class AgreementReadable
{
    /// <summary>ViewData key under which a comparison tells <c>_Clause</c> which labelled values changed.</summary>
    public const string ChangedEntriesKey = "AgreementChangedEntries";

    public static IReadOnlyList<ReadableClause> Of(AgreementVersion v)
    {
        var parties = v.Parties.OrderBy(p => p.Position).ThenBy(p => p.OrganisationId).ToList();
        var entries = new Dictionary<string, IReadOnlyList<ReadableEntry>>
        {
            ["purpose"] = [Text("Title", v.Title), Text("Purpose", v.Purpose, longText: true)],
            ["parties"] = parties.Select(p => new ReadableEntry($"Party {p.Position}",
            [
                ReadableValue.Of(Organisation(p)),
                p.Programme is { } programme
                    ? ReadableValue.Of(new ReadablePart("Programme: "), new ReadablePart(programme.Name, $"/Programmes/Details/{programme.Id}"))
                    : Plain(p.ProgrammeId is { } id ? $"Programme #{id}" : "No programme named"),
                Plain("Role: " + p.Role),
            ])).ToList(),
            ["contributions"] = parties.Select(p => new ReadableEntry(PartyLabel(p),
                p.Contributions.OrderBy(c => c.Type).ThenBy(c => c.Description, StringComparer.Ordinal)
                    .Select(c => Plain($"{Describe(c.Type)} · {Share(c.CostSharePercent)} · {c.Description}")).ToList())).ToList(),
            ["eligibility"] = parties.Select(p => Text(PartyLabel(p), p.Eligibility, longText: true)).ToList(),
            ["beneficiary-selection"] = [Text(null, v.BeneficiarySelection, longText: true)],
            ["referral"] =
            [
                Text("Channel", v.ReferralChannel is { } channel ? Describe(channel) : null),
                new("Pathways", v.ReferralPathways.OrderBy(r => r.FromServiceId).ThenBy(r => r.ToServiceId).Select(Pathway).ToList()),
            ],
            ["community-selection"] = [Text(null, v.CommunitySelection, longText: true)],
            ["structural-approach"] = [Text(null, v.StructuralApproach, longText: true)],
            ["coordination"] = [Text("Mechanism", v.CoordinationMechanism, longText: true), Text("Meetings", v.MeetingFrequency),
                Text("Focal points", v.FocalPoints, longText: true)],
            ["monitoring"] = [Text("Monitoring and data sharing", v.MonitoringAndDataSharing, longText: true),
                Text("Data protection", v.DataProtection, longText: true)],
            ["reporting"] = [Text(null, v.ReportingObligations, longText: true)],
            ["scope"] =
            [
                Text("Levels", v.Levels == LevelSet.None ? null : Describe(v.Levels)),
                Text("Stage", $"Agreed at the {v.Stage.ToString().ToLowerInvariant()} stage of the programmes"),
                Text("Commitment", Describe(v.Commitment)),
                v.Areas.Count == 0 ? Text("Areas", "The whole country")
                    : new("Areas", v.Areas.Select(a => Plain(a.AdministrativeArea?.Name ?? $"Area #{a.AdministrativeAreaId}")).OrderBy(Sort).ToList()),
                new("Target groups", v.TargetGroups.Select(t => Plain(t.Term?.Name ?? $"Group #{t.TermId}")).OrderBy(Sort).ToList()),
                new("SDG targets", v.SdgTargets.OrderBy(t => t.Target?.SortOrder).ThenBy(t => t.TargetCode, StringComparer.Ordinal)
                    .Select(t => Plain(t.Target is { } target ? $"{target.Code} — {target.TitleEn}" : t.TargetCode)).ToList()),
            ],
            ["dates"] = [Text("Start", Date(v.StartDate)), Text("End", Date(v.EndDate)), Text("Review", Date(v.ReviewDate)),
                Text("Signing order", Describe(v.SigningOrder))],
            ["due-diligence"] = [Text(null, v.DueDiligenceNotes, longText: true)],
        };
        return AgreementClauses.All.Select(c => new ReadableClause(c.Key, c.Title, entries[c.Key])).ToList();
    }

    public static string StatusName(AgreementStatus status) => status switch
    {
        AgreementStatus.InNegotiation => "In negotiation",
        AgreementStatus.ReadyForSignature => "Ready for signature",
        _ => status.ToString(),
    };

    /// <summary>Bootstrap badge classes; the status name is always written too, colour is never the only signal.</summary>
    public static string StatusBadge(AgreementStatus status) => status switch
    {
        AgreementStatus.Draft => "text-bg-light border",
        AgreementStatus.InNegotiation => "text-bg-info",
        AgreementStatus.ReadyForSignature => "text-bg-warning",
        AgreementStatus.Active => "text-bg-success",
        _ => "text-bg-secondary",
    };

    public static string Describe(SupportType type) => type switch
    {
        SupportType.InKind => "In-kind support",
        SupportType.Technical => "Technical support",
        SupportType.Financial => "Financial support",
        _ => type.ToString(),
    };

    public static string Describe(ReferralChannel channel) => channel switch
    {
        ReferralChannel.Formal => "Formal referral channels",
        ReferralChannel.Informal => "Informal referral channels",
        _ => "Formal and informal referral channels",
    };

    public static string Describe(CommitmentDegree degree) => degree == CommitmentDegree.General
        ? "General: beneficiaries may use each other's support"
        : "Conditional and mutual: each party's support depends on the other's";

    public static string Describe(SigningOrder order) => order == SigningOrder.Sequential
        ? "Sequential: parties sign in the order listed"
        : "Parallel: parties sign in any order";

    public static string Describe(LevelSet levels) => string.Join(", ",
        new[] { LevelSet.Individual, LevelSet.Community, LevelSet.Structural }.Where(l => levels.HasFlag(l)).Select(l => l.ToString()));

    public static string Describe(AgreementEventKind kind) => kind switch
    {
        AgreementEventKind.Edited => "Terms edited",
        AgreementEventKind.NegotiationStarted => "Negotiation started",
        AgreementEventKind.Frozen => "Frozen for signature",
        AgreementEventKind.ReturnedToNegotiation => "Returned to negotiation",
        AgreementEventKind.Amended => "Amendment opened",
        AgreementEventKind.SignatureReminderSent => "Signature reminder sent",
        AgreementEventKind.EndDateWarningSent => "End-date warning sent",
        _ => kind.ToString(),
    };

    public static string Utc(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    public static string? Date(DateOnly? d) => d?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Share(decimal? percent) =>
        percent is { } p ? p.ToString("0.##", CultureInfo.InvariantCulture) + "% of joint costs" : "no cost share";

    private static string PartyLabel(AgreementParty p) => $"Party {p.Position} · {p.Organisation?.Name ?? $"Organisation #{p.OrganisationId}"}";

    private static ReadablePart Organisation(AgreementParty p) =>
        new(p.Organisation?.Name ?? $"Organisation #{p.OrganisationId}", $"/Organisations/Details/{p.OrganisationId}");

    private static ReadableValue Pathway(ReferralPathway r)
    {
        List<ReadablePart> parts = [.. Service(r.FromService, r.FromServiceId), new(" → "), .. Service(r.ToService, r.ToServiceId)];
        if (!string.IsNullOrWhiteSpace(r.Conditions)) parts.Add(new($"; conditions: {r.Conditions.Trim()}"));
        return new(parts);
    }

    private static IEnumerable<ReadablePart> Service(Service? s, Guid id) => s is null
        ? [new($"service {id:D}")]
        : [new(s.Name, $"/Services/Details/{s.Id}"), new(s.Organisation is { } o ? $" ({o.Name})" : "")];

    private static ReadableEntry Text(string? label, string? text, bool longText = false) =>
        new(label, string.IsNullOrWhiteSpace(text) ? [] : [Plain(text.Trim())], longText);

    private static ReadableValue Plain(string text) => ReadableValue.Of(new ReadablePart(text));

    private static string Sort(ReadableValue v) => v.Parts[0].Text;
}
