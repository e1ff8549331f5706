using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Pages.Agreements;

namespace PartnerPortal.Tests.Support;

/// <summary>Drives /Agreements/Sign/{id} the way a browser does: reads the page, then posts its forms.</summary>
public static partial class SigningPage
{
    public static string Url(int agreementId) => $"/Agreements/Sign/{agreementId}";

    /// <summary>
    /// The fields of the sign form as a signatory fills them in. The frozen-text token comes from the page
    /// when it shows the form, otherwise from the database (to prove the server refuses without the form).
    /// </summary>
    public static async Task<List<KeyValuePair<string, string>>> SignFieldsAsync(PortalFactory factory, PortalClient client, int agreementId,
        string typedName, string password = DemoUsers.Password, bool confirm = true)
    {
        var html = await client.GetStringAsync(Url(agreementId));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value)),
            new("Form.Password", password), new("Form.TypedName", typedName),
            new("Form.Frozen", Frozen().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : await FrozenTokenAsync(factory, agreementId)),
        };
        if (confirm) fields.Add(new("Form.Confirm", "true"));
        return fields;
    }

    public static async Task<HttpResponseMessage> SignAsync(PortalFactory factory, PortalClient client, int agreementId, string typedName,
        string password = DemoUsers.Password, bool confirm = true) =>
        await PostSignAsync(client, agreementId, await SignFieldsAsync(factory, client, agreementId, typedName, password, confirm));

    public static Task<HttpResponseMessage> PostSignAsync(PortalClient client, int agreementId, List<KeyValuePair<string, string>> fields) =>
        client.Http.PostAsync($"{Url(agreementId)}?handler=Sign", new FormUrlEncodedContent(fields));

    public static async Task<HttpResponseMessage> DeclineAsync(PortalFactory factory, PortalClient client, int agreementId, string reason) =>
        await client.PostFormAsync(Url(agreementId), $"{Url(agreementId)}?handler=Decline",
            new() { ["Decline.Reason"] = reason, ["Decline.Frozen"] = await FrozenTokenAsync(factory, agreementId) });

    public static Task<string> FrozenTokenAsync(PortalFactory factory, int agreementId) =>
        factory.WithDbAsync(async db => SignModel.FrozenToken(await db.AgreementVersions.Where(v => v.AgreementId == agreementId)
            .OrderByDescending(v => v.Number).FirstAsync()));

    /// <summary>The newest version with its signatures, as stored.</summary>
    public static Task<AgreementVersion> VersionAsync(PortalFactory factory, int agreementId) =>
        factory.WithDbAsync(db => db.AgreementVersions.AsNoTracking().Include(v => v.Signatures)
            .Where(v => v.AgreementId == agreementId).OrderByDescending(v => v.Number).FirstAsync());

    /// <summary>The validation message rendered next to a field of the page.</summary>
    public static string? FieldError(string html, string field) =>
        Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>(?:<span[^>]*>)?([^<]+)<") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Form.Frozen\" value=\"([^\"]*)\"")]
    private static partial Regex Frozen();
}
