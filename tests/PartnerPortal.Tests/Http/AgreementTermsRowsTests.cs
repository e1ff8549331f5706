using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Pages.Services;
using PartnerPortal.Tests.Support;
using static PartnerPortal.Tests.Http.AgreementTermsTests;

namespace PartnerPortal.Tests.Http;

/// <summary>The terms form's row lists and pickers: with htmx a handler answers with one row or a list of options; without JavaScript the form comes back whole.</summary>
public class AgreementTermsRowsTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly AgreementTestData _agreements;

    public AgreementTermsRowsTests() => _agreements = new AgreementTestData(_factory);

    private Task<AgreementVersion> VersionAsync(TestAgreement a) =>
        _factory.WithDbAsync(db => db.AgreementVersions.AsNoTracking().Include(v => v.Parties).ThenInclude(p => p.Contributions).SingleAsync(v => v.Id == a.VersionId));

    private static int Count(string html, string testId) => Regex.Matches(html, $"data-testid=\"{testId}\"").Count;

    [Fact]
    public async Task Without_javascript_adding_and_removing_rows_returns_the_whole_form_and_saves_nothing()
    {
        var a = await _agreements.AgreementAsync(AgreementStatus.InNegotiation);
        var before = await VersionAsync(a);
        var partyA = before.Parties.Single(p => p.OrganisationId == a.PartyAOrganisationId);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var form = (await OpenAsync(partner, a)).Set("Form.Title", "Typed but not saved");

        var added = await form.PostAsync(partner, EditUrl(a) + "?handler=AddPathway");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var html = await added.Content.ReadAsStringAsync();
        Assert.Contains("<html", html);
        Assert.Equal(1, Count(html, "pathway"));
        Assert.Contains("value=\"Typed but not saved\"", html);
        Assert.DoesNotContain("field-validation-error small\">Choose", html); // a new empty row is not an error yet

        var removed = await HtmlForm.Read(html, "terms-form")
            .PostAsync(partner, EditUrl(a) + $"?handler=Remove&row=contribution:p{partyA.Id}:c{partyA.Contributions[0].Id}");
        html = await removed.Content.ReadAsStringAsync();
        Assert.Equal(1, Count(html, "contribution"));
        Assert.DoesNotContain($"Contributions[c{partyA.Contributions[0].Id}]", html);

        var after = await VersionAsync(a);
        Assert.Equal((before.Revision, before.Title), (after.Revision, after.Title));
        Assert.Equal(2, after.Parties.Sum(p => p.Contributions.Count));
    }

    [Fact]
    public async Task With_htmx_adding_a_row_returns_only_the_row()
    {
        var a = await _agreements.AgreementAsync(AgreementStatus.Draft);
        var partyA = (await VersionAsync(a)).Parties.Single(p => p.OrganisationId == a.PartyAOrganisationId);
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var form = await OpenAsync(partner, a);

        var contribution = await form.PostAsync(partner, EditUrl(a) + $"?handler=AddContribution&party=p{partyA.Id}", htmx: true);
        var row = await contribution.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", row);
        Assert.Equal(1, Count(row, "contribution"));
        Assert.Contains($"name=\"Form.Parties[p{partyA.Id}].Contributions.Index\"", row);

        var party = await (await form.PostAsync(partner, EditUrl(a) + "?handler=AddParty", htmx: true)).Content.ReadAsStringAsync();
        Assert.Equal(1, Count(party, "party"));
        Assert.Contains("Centre de Formation Professionnelle de Kindia", party); // organisations of Guinea to choose from
        Assert.Matches("Position\" value=\"3\"", party); // next place in the signing order

        var removed = await form.PostAsync(partner, EditUrl(a) + $"?handler=Remove&row=party:p{partyA.Id}", htmx: true);
        Assert.Equal("", await removed.Content.ReadAsStringAsync());
        Assert.Equal(2, (await VersionAsync(a)).Parties.Count);
    }

    [Fact]
    public async Task The_service_picker_searches_the_published_directory_of_the_agreements_country()
    {
        var a = await _agreements.AgreementAsync(AgreementStatus.Draft);
        var (guinean, chosen) = await _factory.WithDbAsync(async db =>
        {
            var gn = db.Services.PubliclyVisible().Where(s => s.Organisation!.CountryCode == "GN").OrderBy(s => s.Name);
            return (await gn.Select(s => s.Name).FirstAsync(), await gn.Skip(5).Select(s => s.Id).FirstAsync());
        });
        var senegalese = await _factory.WithDbAsync(db => db.Services.Where(s => s.Organisation!.CountryCode == "SN"
            && s.ServiceAtLocations.All(x => x.Location!.CountryCode != "GN")).Select(s => s.Name).FirstAsync());
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var field = Uri.EscapeDataString("Form.Pathways[n1].FromServiceId");

        var options = WebUtility.HtmlDecode(await partner.GetStringAsync(
            $"{EditUrl(a)}?handler=Services&field={field}&q={Uri.EscapeDataString(guinean)}&{field}={chosen}"));
        Assert.Contains(guinean, options);
        Assert.Contains($"<option value=\"{chosen}\" selected=\"selected\">", options);
        Assert.DoesNotContain(senegalese, WebUtility.HtmlDecode(await partner.GetStringAsync(
            $"{EditUrl(a)}?handler=Services&field={field}&q={Uri.EscapeDataString(senegalese)}")));
    }

    [Fact]
    public async Task A_new_partys_programme_list_follows_the_organisation_chosen()
    {
        var a = await _agreements.AgreementAsync(AgreementStatus.Draft);
        await AgreementCreateTests.ProgrammeAsync(_factory, a.PartyBOrganisationId, "Kindia skills programme");
        await AgreementCreateTests.ProgrammeAsync(_factory, a.PartyAOrganisationId, "Retour et emploi");
        using var partner = await PortalClient.SignedInAsync(_factory, DemoUsers.Partner);
        var options = WebUtility.HtmlDecode(await partner.GetStringAsync(
            $"{EditUrl(a)}?handler=Programmes&party=n1&{Uri.EscapeDataString("Form.Parties[n1].OrganisationId")}={a.PartyBOrganisationId}"));
        Assert.Contains("Kindia skills programme", options);
        Assert.DoesNotContain("Retour et emploi", options);
    }

    public void Dispose() => _factory.Dispose();
}
