using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Synergies;

/// <summary>
/// One candidate pair as a card. <see cref="SeenFrom"/> is the programme whose page shows it (the card then
/// names only the other one); <see cref="StartAction"/> is the page handler that starts the draft.
/// </summary>
public sealed record CandidateCard(SynergyCandidate Candidate, int? SeenFrom, bool CanStart, string StartAction)
{
    public static string Label(ProgrammeFacts p) => Programmes.ProgrammeNames.ExtraAcronym(p.Name, p.Acronym) is { } a ? $"{p.Name} ({a})" : p.Name;
}
