using System.Net;
using System.Text.RegularExpressions;
using PartnerPortal.Domain.Agreements;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>The home page tells a signatory how many agreements wait for their organisation's signature.</summary>
public partial class HomeAgreementsTests
{
    [Fact]
    public async Task A_signatory_sees_what_waits_for_a_signature_and_the_count_drops_once_signed()
    {
        using var factory = new PortalFactory();
        using var signatory = await PortalClient.SignedInAsync(factory, DemoUsers.Signatory);
        var before = await WaitingAsync(signatory);

        var agreement = await new AgreementTestData(factory).AgreementAsync(AgreementStatus.ReadyForSignature);
        Assert.Equal(before + 1, await WaitingAsync(signatory));

        await SigningPage.SignAsync(factory, signatory, agreement.AgreementId, TestAgreement.SignatoryAName);
        Assert.Equal(before, await WaitingAsync(signatory));

        // A plain member has nothing to sign, so the card is not offered.
        using var member = await PortalClient.SignedInAsync(factory, DemoUsers.Partner);
        Assert.DoesNotContain("stat-agreements-to-sign", await member.GetStringAsync("/"));
    }

    private static async Task<int> WaitingAsync(PortalClient client)
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        var match = Waiting().Match(html);
        Assert.True(match.Success, "The home page shows no 'waiting for my organisation's signature' card.");
        return int.Parse(match.Groups[1].Value);
    }

    [GeneratedRegex("data-testid=\"stat-agreements-to-sign\">.*?<div class=\"stat-value\">(\\d+)</div>", RegexOptions.Singleline)]
    private static partial Regex Waiting();
}
