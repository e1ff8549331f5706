using Microsoft.EntityFrameworkCore;

namespace PartnerPortal.Pages.Reports;

// The network report's breakdown by country.
public sealed partial class BiannualReportQuery
{
    /// <summary>
    /// Each network country's headline numbers, counted by the rules of a country's own report (an organisation
    /// counts where it is seated and where it works; a service where it is delivered, or at its organisation's
    /// seat when it is located nowhere), from what the network report has already read plus three grouped counts.
    /// </summary>
    private async Task<IReadOnlyList<CountrySummaryRow>> ByCountryAsync(ScopePlaces place, ReportCut cut, IReadOnlyList<RegionTally> regions,
        IReadOnlyList<VersionRow> versions, IReadOnlyList<InitiativeRow> initiatives, IReadOnlyDictionary<int, PeriodReport> reports, CancellationToken ct)
    {
        if (place.CountryCode is not null) return [];
        var organisations = (await Organisations(place, cut)
                .Select(o => new { o.CountryCode, Operating = o.CountriesOfOperation.Select(c => c.CountryCode).ToList() }).ToListAsync(ct))
            .SelectMany(o => o.Operating.Append(o.CountryCode).Distinct())
            .CountBy(code => code).ToDictionary();
        var locatedNowhere = await ActiveServices(place, cut).Where(s => !s.ServiceAtLocations.Any(x => x.Location!.AdministrativeAreaId != null))
            .GroupBy(s => s.Organisation!.CountryCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var delivered = regions.GroupBy(r => r.Region.CountryCode).ToDictionary(g => g.Key, g => g.SelectMany(r => r.Services).Distinct().Count());
        var gaps = await OpenGaps(place, cut).GroupBy(g => g.AdministrativeArea!.CountryCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        return place.CountryCodes.Select(code =>
            {
                var agreements = AgreementSummary.Of(versions.Where(v => v.CountryCode == code).ToList(), cut);
                var work = InitiativeSummary.Of(initiatives.Where(i => i.CountryCode == code).ToList(), reports, cut.Period);
                return new CountrySummaryRow(place.CountryName(code), organisations.GetValueOrDefault(code),
                    delivered.GetValueOrDefault(code) + locatedNowhere.GetValueOrDefault(code), gaps.GetValueOrDefault(code), agreements.InForce,
                    work.Running.Count, work.Participants.Total, work.Progress.Submitted, work.Progress.Expected);
            })
            .OrderBy(r => r.Country, NameOrder).ToList();
    }
}
