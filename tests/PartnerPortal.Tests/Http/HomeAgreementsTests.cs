using PartnerPortal.Domain.Agreements;
using PartnerPortal.Tests.Support;

namespace PartnerPortal.Tests.Http;

/// <summary>The home page tells a signatory how many agreements wait for their organisation's signature.</summary>
public class HomeAgreementsTests
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
        Assert.False(await HomePage.HasStatAsync(member, "stat-agreements-to-sign"));
    }

    private static Task<int> WaitingAsync(PortalClient client) => HomePage.StatAsync(client, "stat-agreements-to-sign");
}
