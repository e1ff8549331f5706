using System.Net;
using System.Text.RegularExpressions;

namespace PartnerPortal.Tests.Support;

/// <summary>Reads the number on one of the home page's cards, as the user sees it.</summary>
public static class HomePage
{
    public static async Task<int> StatAsync(PortalClient client, string testId)
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        var match = Regex.Match(html, $"data-testid=\"{testId}\">.*?<div class=\"stat-value\">(-?\\d+)</div>", RegexOptions.Singleline);
        Assert.True(match.Success, $"The home page has no {testId} card.");
        return int.Parse(match.Groups[1].Value);
    }

    public static async Task<bool> HasStatAsync(PortalClient client, string testId) =>
        (await client.GetStringAsync("/")).Contains($"data-testid=\"{testId}\"");
}
