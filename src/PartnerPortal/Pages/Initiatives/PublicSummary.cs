using System.Linq.Expressions;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Pages.Initiatives;

/// <summary>
/// What the public registry shows of a published initiative: title, place, type, status, participant totals
/// and partners. Projected in SQL so that nothing else (budget, notes, contacts) is ever loaded for the public.
/// </summary>
public sealed record PublicSummary(int Id, string Title, string Type, string Country, string? Area, string? Locality, ActivityStatus Status,
    int Returnees, int CommunityMembers, string? Lead, List<string> Partners)
{
    public string Place => InitiativeNames.Place(Country, Area, Locality);

    /// <summary>
    /// The lead implementer first, then each other partner once (an organisation may hold several roles);
    /// sorted here because SQLite cannot sort inside a projection.
    /// </summary>
    public string PartnerNames => Lead is null && Partners.Count == 0 ? "None recorded"
        : string.Join(", ", new[] { Lead }.OfType<string>().Concat(Partners.Where(p => p != Lead).Distinct().Order()));

    public static readonly Expression<Func<Initiative, PublicSummary>> Projection = i => new PublicSummary(
        i.Id, i.Title, i.Type!.Name, i.Country!.Name, i.AdministrativeArea != null ? i.AdministrativeArea.Name : null, i.Locality, i.Status,
        i.ReturneesFemale + i.ReturneesMale, i.CommunityMembersFemale + i.CommunityMembersMale, i.LeadOrganisation != null ? i.LeadOrganisation.Name : null,
        i.Partners.Select(p => p.Organisation!.Name).ToList());
}
