using System.Globalization;
using System.Net;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Initiatives;
using PartnerPortal.Pages.Initiatives;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>The 3W/5W CSV export of the registry: what a spreadsheet or an HXL tool reads back.</summary>
public class InitiativeExportTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly InitiativeTestData _data;

    public InitiativeExportTests() => _data = new InitiativeTestData(_factory);

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed record Csv(string[] Headers, List<Dictionary<string, string>> Records);

    /// <summary>Downloads the export as the partner and reads it back with CsvHelper's reader.</summary>
    private async Task<Csv> ExportAsync(string query = "")
    {
        using var client = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var response = await client.GetAsync("/Initiatives/Export" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"^initiatives-3w-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        using var reader = CsvReader.Create(bytes);
        var records = new List<Dictionary<string, string>>();
        while (reader.Read())
            records.Add(reader.Headers.Select((h, i) => (h, reader.GetString(i))).ToDictionary(x => x.h, x => x.Item2));
        return new Csv(reader.Headers.ToArray(), records);
    }

    private static List<Dictionary<string, string>> Initiatives(Csv csv) => csv.Records.Skip(1).ToList();

    [Fact]
    public async Task The_export_reads_back_with_the_same_rows_and_values_as_the_registry_awkward_text_included()
    {
        var title = "Boulangerie « Côte d'Ivoire », Bouaké: " + HsdsTestData.TrickyText;
        var funder = await _factory.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Name == "Fondation Sahel Horizons"));
        var tricky = await _data.InitiativeAsync(i =>
        {
            i.Locality = "Quartier \"Dar-es-Salam\", secteur 2";
            i.Partners.Add(new InitiativePartner { OrganisationId = funder.Id, Role = ParticipatingRole.Funding });
        }, title: title);

        var csv = await ExportAsync();

        Assert.Equal(ExportModel.Columns.Select(c => c.Header), csv.Headers);
        var expected = await _factory.WithDbAsync(db => db.Initiatives.AsNoTracking().Include(i => i.LeadOrganisation).Include(i => i.Country)
            .OrderBy(i => i.CountryCode).ThenBy(i => i.Reference).ToListAsync());
        var rows = Initiatives(csv);
        Assert.Equal(expected.Select(i => i.Reference), rows.Select(r => r["Reference"]));
        foreach (var (i, row) in expected.Zip(rows))
        {
            Assert.Equal(i.Title.StartsWith('=') ? "'" + i.Title : i.Title, row["Title"]);
            Assert.Equal(i.LeadOrganisation?.Name ?? "", row["Lead implementer"]);
            Assert.Equal((i.CountryCode, i.Country!.Name, i.Status.ToString()), (row["Country code"], row["Country"], row["Status"]));
            Assert.Equal(i.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", row["Start"]);
            Assert.Equal(i.Returnees.ToString(CultureInfo.InvariantCulture), row["Returnees reached"]);
            Assert.Equal(i.CommunityMembers.ToString(CultureInfo.InvariantCulture), row["Community members reached"]);
            Assert.Equal((i.ReturneesFemale + i.CommunityMembersFemale).ToString(CultureInfo.InvariantCulture), row["Women and girls reached"]);
            Assert.Equal(i.Budget is { } b ? b.ToString("0.##", CultureInfo.InvariantCulture) : "", row["Budget"]);
        }

        var mine = rows.Single(r => r["Reference"] == tricky.Reference);
        Assert.Equal(title, mine["Title"]);
        Assert.Equal("Quartier \"Dar-es-Salam\", secteur 2", mine["Locality"]);
        Assert.Equal((DemoUsersOrganisation, "Fondation Sahel Horizons", ""), (mine["Lead implementer"], mine["Funding partners"], mine["Other implementing partners"]));
        Assert.Equal(("Kindia", "Kindia", "GN", "Guinea"), (mine["Region"], mine["District"], mine["Country code"], mine["Country"]));
        Assert.Equal(("2025-01-01", "2027-12-31", "Implementation"), (mine["Start"], mine["End"], mine["Status"]));
        Assert.Equal(("15", "13", "14", "14", "45000", "EUR"), (mine["Returnees reached"], mine["Community members reached"],
            mine["Women and girls reached"], mine["Men and boys reached"], mine["Budget"], mine["Currency"]));
    }

    private const string DemoUsersOrganisation = PartnerPortal.Infrastructure.Seeding.DemoDataSeeder.PartnerNgoName;

    [Fact]
    public async Task The_second_row_holds_the_HXL_hashtags()
    {
        var csv = await ExportAsync();
        var tags = csv.Records[0];
        Assert.Equal(ExportModel.Columns.Select(c => c.Hxl), csv.Headers.Select(h => tags[h]));
        foreach (var (header, tag) in new[]
                 {
                     ("Lead implementer", "#org+impl"), ("Funding partners", "#org+funder"), ("Sector", "#sector"), ("Initiative type", "#activity+type"),
                     ("Country code", "#country+code"), ("Region", "#adm1+name"), ("District", "#adm2+name"), ("Locality", "#loc+name"),
                     ("Start", "#date+start"), ("End", "#date+end"), ("Status", "#status"), ("Returnees reached", "#reached+returnees"),
                     ("Community members reached", "#reached+community"),
                 })
            Assert.Equal(tag, tags[header]);
    }

    [Fact]
    public async Task The_registry_filter_narrows_the_rows()
    {
        var guinea = await _data.InitiativeAsync(title: "Market garden of Mambia");
        var closed = await _data.InitiativeAsync(i => i.Status = ActivityStatus.Closed, title: "Closed well repair");

        var rows = Initiatives(await ExportAsync("?country=gn&status=Implementation"));
        var expected = await _factory.WithDbAsync(db => db.Initiatives.Where(i => i.CountryCode == "GN" && i.Status == ActivityStatus.Implementation)
            .OrderBy(i => i.Reference).Select(i => i.Reference).ToListAsync());
        Assert.Equal(expected, rows.Select(r => r["Reference"]));
        Assert.Contains(guinea.Reference, expected);
        Assert.DoesNotContain(closed.Reference, expected);

        Assert.DoesNotContain(Initiatives(await ExportAsync("?country=SN")), r => r["Country code"] != "SN");
        Assert.Equal([closed.Reference], Initiatives(await ExportAsync("?q=Closed well")).Select(r => r["Reference"]));
    }

    [Fact]
    public async Task Text_that_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe()
    {
        const string formula = "=HYPERLINK(\"http://evil.example\",\"Open\")";
        var initiative = await _data.InitiativeAsync(i => i.Locality = "@SUM(A1:A9)", title: formula);

        var row = Initiatives(await ExportAsync()).Single(r => r["Reference"] == initiative.Reference);

        Assert.Equal("'" + formula, row["Title"]);
        Assert.Equal("'@SUM(A1:A9)", row["Locality"]);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var client = PortalClient.Anonymous(_factory);
        var response = await client.GetAsync("/Initiatives/Export?country=GN");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/SignIn", response.Headers.Location!.OriginalString);
    }
}
