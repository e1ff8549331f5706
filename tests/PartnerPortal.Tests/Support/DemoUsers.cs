namespace PartnerPortal.Tests.Support;

/// <summary>The demo accounts the README lists; the demo seeder creates them in Development.</summary>
public static class DemoUsers
{
    public const string Password = PartnerPortal.Infrastructure.Seeding.DemoDataSeeder.DemoPassword;
    public const string Administrator = "admin@demo.partnerportal.org";
    public const string CoordinatorGuinea = "coordinator.gn@demo.partnerportal.org";
    public const string GlobalCoordinator = "coordinator.global@demo.partnerportal.org";
    public const string LocalAuthority = "localauthority@demo.partnerportal.org";
    public const string Partner = "partner@demo.partnerportal.org";
    public const string Signatory = "signatory@demo.partnerportal.org";

    public static readonly string[] All = [Administrator, CoordinatorGuinea, GlobalCoordinator, LocalAuthority, Partner, Signatory];
}
