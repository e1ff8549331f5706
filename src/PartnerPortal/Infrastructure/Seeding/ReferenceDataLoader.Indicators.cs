using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Infrastructure.Seeding;

public sealed partial class ReferenceDataLoader
{
    /// <summary>
    /// The standard indicator library every initiative can report on. Administrators manage it after
    /// the first start: missing codes are added, existing indicators are left as they set them.
    /// </summary>
    internal static readonly (string Code, string Name, string Unit, string Description)[] StandardIndicators =
    [
        ("participants", "Participants", "people", "People taking part in the initiative's activities during the period."),
        ("returnees-participating", "Returnees participating", "people", "Returning migrants among the participants."),
        ("community-members-participating", "Community members participating", "people", "Members of the community of return among the participants."),
        ("jobs-created", "Jobs created", "jobs", "Paid jobs (full-time equivalent) created by the initiative and still filled at the end of the period."),
        ("people-trained", "People trained", "people", "People who completed a training course or an apprenticeship cycle."),
        ("households-improved-access", "Households with improved access to services", "households",
            "Households newly able to use a service the initiative built, restored or runs (water, waste collection, health, school)."),
        ("hectares-restored", "Hectares restored", "hectares", "Land brought back into productive or ecological use."),
        ("businesses-operating-12-months", "Businesses still operating after 12 months", "businesses",
            "Businesses or collective enterprises started with the initiative's support and still operating twelve months later."),
        ("savings-mobilised", "Savings mobilised", Indicator.LocalCurrency, "Savings collected by the group during the period."),
        ("infrastructure-completed", "Community infrastructure completed", "structures", "Wells, classrooms, roads, market stalls or other structures completed."),
    ];

    private async Task LoadIndicatorLibraryAsync(List<string> report, CancellationToken ct)
    {
        var existing = (await db.Indicators.Where(i => i.InitiativeId == null).Select(i => i.Code).ToListAsync(ct)).ToHashSet();
        var added = 0;
        for (var i = 0; i < StandardIndicators.Length; i++)
        {
            var (code, name, unit, description) = StandardIndicators[i];
            if (existing.Contains(code)) continue;
            db.Indicators.Add(new Indicator { Code = code, Name = name, Unit = unit, Description = description, SortOrder = (i + 1) * 10 });
            added++;
        }
        Note(report, "standard indicators", added, 0);
    }
}
