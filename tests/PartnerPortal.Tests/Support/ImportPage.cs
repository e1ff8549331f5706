using System.Net;
using System.Text.RegularExpressions;

namespace PartnerPortal.Tests.Support;

/// <summary>Drives /Services/Import like a person: upload a file for its preview, then import it with the preview's token.</summary>
public static partial class ImportPage
{
    public const string Path = "/Services/Import";

    /// <summary>The preview page after uploading <paramref name="content"/>.</summary>
    public static async Task<Preview> PreviewAsync(PortalClient client, string fileName, byte[] content)
    {
        var response = await client.PostFileAsync(Path, Path + "?handler=Preview", "Upload", fileName, content);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Preview answered {(int)response.StatusCode}: {html}");
        return new Preview(html);
    }

    public static Task<Preview> PreviewAsync(PortalClient client, string fileName, string json) =>
        PreviewAsync(client, fileName, System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Posts the import step with <paramref name="token"/>; the answer is a redirect when it worked.</summary>
    public static Task<HttpResponseMessage> ApplyAsync(PortalClient client, string token) =>
        client.PostFormAsync(Path, Path + "?handler=Apply", new() { ["Token"] = token });

    /// <summary>Imports a file that must pass, and returns the flash message that reports it.</summary>
    public static async Task<string> ImportAsync(PortalClient client, string fileName, byte[] content)
    {
        var preview = await PreviewAsync(client, fileName, content);
        Assert.True(preview.Errors.Count == 0, "Unexpected errors:\n" + string.Join("\n", preview.Errors));
        var response = await ApplyAsync(client, preview.Token!);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Import answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var page = await client.GetStringAsync(Path);
        var flash = FlashPattern().Match(page);
        Assert.True(flash.Success, "No flash message after the import");
        return WebUtility.HtmlDecode(flash.Groups[1].Value);
    }

    public sealed record Row(string Type, string Id, string Name, string Action);

    public sealed partial class Preview(string html)
    {
        public string Html { get; } = html;

        /// <summary>The token of the import form; null when the file cannot be imported.</summary>
        public string? Token => TokenPattern().Match(Html) is { Success: true } m ? m.Groups[1].Value : null;

        /// <summary>Each problem as "type | record | field | message".</summary>
        public List<string> Errors => Table("import-errors")
            .Select(cells => string.Join(" | ", cells)).ToList();

        public List<Row> Records => Table("import-records").Select(c => new Row(c[0], c[1], c[2], c[3])).ToList();

        public string Action(string id) => Records.Single(r => r.Id == id).Action;

        public string Text => WebUtility.HtmlDecode(Tags().Replace(Html, " "));

        private List<string[]> Table(string testId)
        {
            var table = Regex.Match(Html, $"<table[^>]*data-testid=\"{testId}\".*?</table>", RegexOptions.Singleline);
            if (!table.Success) return [];
            var body = Regex.Match(table.Value, "<tbody>(.*)</tbody>", RegexOptions.Singleline).Groups[1].Value;
            return Regex.Matches(body, "<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)
                .Select(row => Regex.Matches(row.Groups[1].Value, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline)
                    .Select(cell => WebUtility.HtmlDecode(Tags().Replace(cell.Groups[1].Value, "")).Trim()).ToArray())
                .ToList();
        }
    }

    [GeneratedRegex("name=\"Token\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("<div class=\"alert alert-success\" role=\"status\">(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex FlashPattern();
}
