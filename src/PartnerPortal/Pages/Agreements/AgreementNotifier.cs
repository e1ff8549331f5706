using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Agreements;

/// <summary>
/// Tells the parties' people what happened to an agreement, through the outbox, in the same unit of
/// work as the change. Who hears: every active member of a party organisation, or only its signatories.
/// </summary>
public sealed class AgreementNotifier(PortalDbContext db, Outbox outbox, PublicLinks links)
{
    public enum Audience { Members, Signatories }

    /// <summary>Queues one message per recipient; returns how many were queued.</summary>
    public async Task<int> NotifyAsync(SynergyAgreement agreement, AgreementVersion version, Audience audience,
        string subject, string message, IReadOnlyCollection<int>? onlyOrganisations = null, CancellationToken ct = default)
    {
        var orgs = (onlyOrganisations ?? version.Parties.Select(p => p.OrganisationId).ToList()).ToList();
        var signatoriesOnly = audience == Audience.Signatories;
        var people = await db.Users.AsNoTracking()
            .Where(u => orgs.Contains(u.OrganisationId) && !u.IsDeactivated && u.Email != null && (!signatoriesOnly || u.IsSignatory))
            .Select(u => new { u.Email, u.FullName }).ToListAsync(ct);
        var link = links.To($"/Agreements/Details/{agreement.Id}?version={version.Number}");
        foreach (var person in people)
            outbox.Enqueue(person.Email!, $"{agreement.ReferenceNumber}: {subject}",
                $"Hello {person.FullName},\n\n{message}\n\n{version.Title} (version {version.Number})\n{link}\n");
        return people.Count;
    }
}
