using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Pages.Initiatives;

namespace PartnerPortal.Tests.Support;

/// <summary>Fills in and posts an initiative's progress form as a browser would.</summary>
public static class ProgressPage
{
    public static readonly ReportingPeriod H1 = new(2026, 1);

    public static string Url(int initiativeId, ReportingPeriod period) => $"/Initiatives/Progress/{initiativeId}?period={period}";

    /// <summary>The four disaggregated cells (returnee women, returnee men, community women, community men) of each measure.</summary>
    public static Dictionary<string, string> Cells(int indicatorId, double[] baseline, double[] target, double[] actual)
    {
        var cells = new Dictionary<string, string>();
        foreach (var (measure, values) in new[] { (IndicatorMeasure.Baseline, baseline), (IndicatorMeasure.Target, target), (IndicatorMeasure.Actual, actual) })
            for (var g = 0; g < values.Length; g++)
                cells[ProgressGrid.CellName(indicatorId, measure, g)] = values[g].ToString(System.Globalization.CultureInfo.InvariantCulture);
        return cells;
    }

    /// <summary>Posts the form to a handler; the antiforgery token comes from <paramref name="tokenPage"/> (the form page unless it is refused).</summary>
    public static async Task<HttpResponseMessage> PostAsync(PortalClient client, int initiativeId, ReportingPeriod period, string handler,
        Dictionary<string, string> fields, int[]? indicators = null, string tokenPage = "/")
    {
        var token = await client.AntiforgeryTokenAsync(tokenPage);
        var all = fields.Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value)).ToList();
        all.AddRange((indicators ?? []).Select(i => new KeyValuePair<string, string>(ProgressGrid.IndicatorField, i.ToString())));
        all.Add(new("__RequestVerificationToken", token));
        return await client.Http.PostAsync($"{Url(initiativeId, period)}&handler={handler}", new FormUrlEncodedContent(all));
    }

    /// <summary>The fields of the form's text part.</summary>
    public static Dictionary<string, string> Fields(Guid? version, string narrative = "Two ovens installed; the bakery sells 400 loaves a day.",
        ActivityStatus status = ActivityStatus.Implementation) => new()
    {
        ["Form.Status"] = status.ToString(), ["Form.Narrative"] = narrative, ["Form.Risks"] = "Flour prices rise.",
        ["Form.NextSteps"] = "Train two more apprentices.", ["Form.Version"] = version?.ToString() ?? "",
    };

    public static Task<ProgressReport?> ReportAsync(PortalFactory factory, int initiativeId, ReportingPeriod period) =>
        factory.WithDbAsync(db => db.ProgressReports.AsNoTracking().Include(r => r.Values)
            .SingleOrDefaultAsync(r => r.InitiativeId == initiativeId && r.Year == period.Year && r.Half == period.Half));

    public static Task<List<ProgressEvent>> EventsAsync(PortalFactory factory, int initiativeId) =>
        factory.WithDbAsync(db => db.ProgressEvents.AsNoTracking().Where(e => e.InitiativeId == initiativeId).OrderBy(e => e.Id).ToListAsync());

    /// <summary>Saves a draft with the indicator's values and submits it, as <paramref name="client"/>.</summary>
    public static async Task SubmitAsync(PortalFactory factory, PortalClient client, int initiativeId, ReportingPeriod period, int indicatorId)
    {
        var version = (await ReportAsync(factory, initiativeId, period))?.Version;
        var fields = Fields(version);
        foreach (var kv in Cells(indicatorId, [0, 0, 0, 0], [2, 3, 2, 1], [1, 2, 2, 1])) fields[kv.Key] = kv.Value;
        var response = await PostAsync(client, initiativeId, period, "Submit", fields, [indicatorId], Url(initiativeId, period));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
