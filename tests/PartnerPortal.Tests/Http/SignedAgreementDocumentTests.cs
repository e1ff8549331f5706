using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Data;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Tests.Support;
using UglyToad.PdfPig;

namespace PartnerPortal.Tests.Http;

/// <summary>The signed PDF of an active agreement and the public verify page that recognises it.</summary>
public class SignedAgreementDocumentTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    private Task<TestAgreement> ActiveAsync() => new AgreementTestData(_factory).AgreementAsync(AgreementStatus.Active);

    private static string DocumentUrl(TestAgreement a, int version = 1) => $"/Agreements/Document/{a.AgreementId}?version={version}";

    private async Task<byte[]> DownloadAsync(TestAgreement agreement, string email = DemoUsers.Signatory)
    {
        using var client = await PortalClient.SignedInAsync(_factory, email);
        var response = await client.GetAsync(DocumentUrl(agreement));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{agreement.ReferenceNumber}-v1.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private Task<AgreementVersion> StoredVersionAsync(TestAgreement a) =>
        _factory.WithDbAsync(db => db.AgreementVersions.AsNoTracking().SingleAsync(v => v.Id == a.VersionId));

    private async Task<string> VerifyCodeAsync(string code)
    {
        using var anonymous = PortalClient.Anonymous(_factory);
        return await anonymous.GetStringAsync("/verify?code=" + Uri.EscapeDataString(code));
    }

    private async Task<string> VerifyFileAsync(byte[] pdf, string contentType = "application/pdf")
    {
        using var anonymous = PortalClient.Anonymous(_factory);
        var token = await anonymous.AntiforgeryTokenAsync("/verify");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", "agreement.pdf");
        var response = await anonymous.Http.PostAsync("/verify", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_signed_pdf_holds_the_text_and_a_certificate_page_and_every_download_is_the_same_file()
    {
        var agreement = await ActiveAsync();
        // Two first downloads at once: one print, the same file for both.
        var both = await Task.WhenAll(DownloadAsync(agreement), DownloadAsync(agreement, TestAgreement.SignatoryB));
        var pdf = both[0];
        Assert.Equal(pdf, both[1]);
        var version = await StoredVersionAsync(agreement);

        using (var document = PdfDocument.Open(pdf))
        {
            Assert.True(document.NumberOfPages >= 2, $"Only {document.NumberOfPages} page(s)");
            var text = Squash(string.Join("\n", document.GetPages().Select(p => p.Text)));
            var certificate = Squash(document.GetPage(document.NumberOfPages).Text);
            Assert.Contains(agreement.ReferenceNumber, text);
            Assert.Contains(Squash("Six-month certified course in solar installation"), text);
            Assert.Contains(Squash(TestAgreement.PartyBName), text);
            Assert.Contains("Signaturecertificate", certificate);
            Assert.Contains(Squash(TestAgreement.SignatoryAName), certificate);
            Assert.Contains(Squash(TestAgreement.SignatoryBName), certificate);
            Assert.Contains(version.Fingerprint!, certificate);
            Assert.Contains(version.VerificationCode!, certificate);
            Assert.Contains("/verify", certificate);
        }

        var stored = await _factory.WithDbAsync(db => db.SignedAgreementDocuments.AsNoTracking().SingleAsync(d => d.VersionId == agreement.VersionId));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), stored.Sha256);
        Assert.True(stored.PageCount >= 2);
        Assert.Equal(pdf, await DownloadAsync(agreement, DemoUsers.CoordinatorGuinea));
    }

    [Fact]
    public async Task The_background_job_issues_the_document_outside_any_request_and_downloads_return_that_file()
    {
        var agreement = await ActiveAsync();
        using (var scope = _factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<PartnerPortal.Pages.Agreements.SignedAgreementPdf>().IssueAsync(agreement.VersionId, "https://portal.example.org/verify");

        var stored = await _factory.WithDbAsync(db => db.SignedAgreementDocuments.AsNoTracking().SingleAsync(d => d.VersionId == agreement.VersionId));
        using (var document = PdfDocument.Open(stored.Pdf))
            Assert.Contains("https://portal.example.org/verify", document.GetPage(document.NumberOfPages).Text);
        Assert.Equal(stored.Pdf, await DownloadAsync(agreement));
    }

    [Fact]
    public async Task Only_readers_of_the_agreement_download_it_and_only_once_it_is_signed()
    {
        var agreement = await ActiveAsync();
        using var outsider = await PortalClient.SignedInAsync(_factory, DemoUsers.LocalAuthority);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(DocumentUrl(agreement))).StatusCode);
        using var otherCountry = await PortalClient.SignedInAsync(_factory, "sekou.conde@demo.partnerportal.org");
        Assert.Equal(HttpStatusCode.NotFound, (await otherCountry.GetAsync(DocumentUrl(agreement))).StatusCode);

        var waiting = await new AgreementTestData(_factory).AgreementAsync(AgreementStatus.ReadyForSignature);
        using var signatory = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        Assert.Equal(HttpStatusCode.NotFound, (await signatory.GetAsync(DocumentUrl(waiting))).StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.SignedAgreementDocuments.AnyAsync()));
    }

    [Fact]
    public async Task The_verify_page_recognises_the_issued_pdf_and_rejects_a_modified_copy_or_a_foreign_pdf()
    {
        var agreement = await ActiveAsync();
        var pdf = await DownloadAsync(agreement);

        var genuine = await VerifyFileAsync(pdf);
        Assert.Contains($"Genuine and unchanged: this is the document the portal issued for {agreement.ReferenceNumber} version 1", genuine);
        Assert.Contains("Active since", genuine);
        Assert.Contains("The terms stored in the portal still match the signed fingerprint.", genuine);

        // An incremental update appended to the file, as a PDF editor would write it.
        var modified = pdf.Concat(Encoding.ASCII.GetBytes("\n1 0 obj\n<< /Producer (Edited) >>\nendobj\n%%EOF\n")).ToArray();
        var claim = await VerifyFileAsync(modified);
        Assert.Contains($"This file claims to be {agreement.ReferenceNumber} but it is NOT the document the portal issued: it has been modified", claim);
        Assert.DoesNotContain("Genuine and unchanged", claim);

        using var signatory = await PortalClient.SignedInAsync(_factory, DemoUsers.Signatory);
        var factSheet = await (await signatory.GetAsync($"/Organisations/FactSheet/{agreement.PartyAOrganisationId}")).Content.ReadAsByteArrayAsync();
        Assert.Contains("Not a document issued by PartnerPortal", await VerifyFileAsync(factSheet));

        Assert.Contains("Only PDF files can be checked", await VerifyFileAsync(pdf, "text/plain"));
        Assert.Contains("This file is not a PDF.", await VerifyFileAsync(Encoding.UTF8.GetBytes("hello"), "application/pdf"));
    }

    [Fact]
    public async Task A_code_shows_what_the_certificate_states_and_the_standing_today_and_unknown_codes_are_said_so()
    {
        var agreement = await ActiveAsync();
        var code = (await StoredVersionAsync(agreement)).VerificationCode!;

        var page = WebUtility.HtmlDecode(await VerifyCodeAsync(code.ToLowerInvariant().Replace("-", " ")));
        Assert.Contains($"This code belongs to {agreement.ReferenceNumber} version 1", page);
        Assert.Contains("Referral of returnees to vocational training in Kindia", page);
        Assert.Contains(TestAgreement.SignatoryBName, page);
        Assert.Contains("Active since", page);
        Assert.DoesNotContain("127.0.0.1", page); // signers' addresses stay on the certificate

        Assert.Contains("No signed agreement has this code", await VerifyCodeAsync("ABCD-EFGH-JKLM"));
        Assert.Contains("A verification code has twelve letters and digits", await VerifyCodeAsync("12"));
    }

    [Fact]
    public async Task The_verify_page_follows_termination_supersession_and_tampering_with_the_stored_terms()
    {
        var agreement = await ActiveAsync();
        var code = (await StoredVersionAsync(agreement)).VerificationCode!;
        await WithVersionAsync(agreement.AgreementId, 1, async (sp, v, coordinator, now) =>
        {
            var (amended, v2) = AgreementLifecycle.Amend(v, coordinator, now);
            Assert.True(amended.Succeeded, amended.Error);
            await sp.GetRequiredService<PortalDbContext>().SaveChangesAsync();
            Assert.True(AgreementLifecycle.StartNegotiation(v2!, coordinator, now).Succeeded);
            Assert.True(AgreementLifecycle.MarkReadyForSignature(v2!, coordinator, now).Succeeded);
            foreach (var (email, name) in new[] { (TestAgreement.SignatoryA, TestAgreement.SignatoryAName), (TestAgreement.SignatoryB, TestAgreement.SignatoryBName) })
                Assert.True(AgreementLifecycle.Sign(v2!, await AgreementTestData.ActorAsync(sp, email), AgreementTestData.Details(name), now).Succeeded);
        });
        Assert.Contains("Superseded by version 2 on", await VerifyCodeAsync(code));

        var code2 = await _factory.WithDbAsync(db => db.AgreementVersions.Where(v => v.AgreementId == agreement.AgreementId && v.Number == 2).Select(v => v.VerificationCode!).SingleAsync());
        await WithVersionAsync(agreement.AgreementId, 2, (_, v2, coordinator, now) =>
        {
            Assert.True(AgreementLifecycle.Terminate(v2, coordinator, "The programme closed early.", now).Succeeded);
            return Task.CompletedTask;
        });
        Assert.Contains("Terminated on", await VerifyCodeAsync(code2));

        await _factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE AgreementVersions SET Purpose = 'Only the training centre pays.' WHERE AgreementId = {agreement.AgreementId} AND Number = 2"));
        var altered = WebUtility.HtmlDecode(await VerifyCodeAsync(code2));
        Assert.Contains("they were altered after signature", altered);
        Assert.DoesNotContain("still match the signed fingerprint", altered);
        Assert.Contains("still match the signed fingerprint", WebUtility.HtmlDecode(await VerifyCodeAsync(code)));
    }

    [Fact]
    public async Task The_verify_page_turns_away_oversized_uploads_and_too_many_checks_from_one_address()
    {
        using var factory = new PortalFactory(settings: new() { ["RateLimits:VerificationsPerMinute"] = "3" });
        using var anonymous = PortalClient.Anonymous(factory);
        using var huge = new ByteArrayContent(new byte[11 * 1024 * 1024]);
        huge.Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data");
        var tooLarge = await anonymous.Http.PostAsync("/verify", huge);
        Assert.Equal(HttpStatusCode.SeeOther, tooLarge.StatusCode);
        Assert.Contains("The file is larger than 10 MB", WebUtility.HtmlDecode(await anonymous.GetStringAsync(tooLarge.Headers.Location!.OriginalString)));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await anonymous.GetAsync("/verify?code=ABCD-EFGH-JKLM")).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/verify")).StatusCode); // reading the page itself is free
    }

    /// <summary>Loads a version with its terms, lets <paramref name="work"/> act on it as the coordinator of Guinea, and saves.</summary>
    private async Task WithVersionAsync(int agreementId, int number, Func<IServiceProvider, AgreementVersion, AgreementActor, DateTime, Task> work)
    {
        using var scope = _factory.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var coordinator = await AgreementTestData.ActorAsync(sp, DemoUsers.CoordinatorGuinea);
        var (_, version) = (await sp.GetRequiredService<PartnerPortal.Pages.Agreements.AgreementStore>().LoadAsync(agreementId, number, coordinator.User!, tracking: true))!.Value;
        await work(sp, version, coordinator, DateTime.UtcNow);
        await sp.GetRequiredService<PortalDbContext>().SaveChangesAsync();
    }

    private static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    public void Dispose() => _factory.Dispose();
}
