using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;

namespace PartnerPortal.Data;

public partial class PortalDbContext
{
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<ProgrammePartner> ProgrammePartners => Set<ProgrammePartner>();
    public DbSet<ProgrammeArea> ProgrammeAreas => Set<ProgrammeArea>();
    public DbSet<ProgrammeTerm> ProgrammeTerms => Set<ProgrammeTerm>();
    public DbSet<SynergyAgreement> SynergyAgreements => Set<SynergyAgreement>();
    public DbSet<AgreementVersion> AgreementVersions => Set<AgreementVersion>();
    public DbSet<AgreementParty> AgreementParties => Set<AgreementParty>();
    public DbSet<AgreementContribution> AgreementContributions => Set<AgreementContribution>();
    public DbSet<ReferralPathway> ReferralPathways => Set<ReferralPathway>();
    public DbSet<AgreementSignature> AgreementSignatures => Set<AgreementSignature>();
    public DbSet<AgreementEvent> AgreementEvents => Set<AgreementEvent>();
    public DbSet<AgreementComment> AgreementComments => Set<AgreementComment>();
    public DbSet<AgreementNotice> AgreementNotices => Set<AgreementNotice>();
    public DbSet<SignedAgreementDocument> SignedAgreementDocuments => Set<SignedAgreementDocument>();

    private static void ConfigureProgrammes(ModelBuilder b)
    {
        b.Entity<Programme>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Acronym).HasMaxLength(30);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.Budget).HasPrecision(18, 2);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.OwnerOrganisationId);
            e.HasIndex(x => new { x.StartDate, x.EndDate });
            e.HasOne(x => x.OwnerOrganisation).WithMany().HasForeignKey(x => x.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Partners).WithOne().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Countries).WithOne().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Areas).WithOne().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Terms).WithOne().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.SdgTargets).WithOne().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ProgrammePartner>(e =>
        {
            e.HasKey(x => new { x.ProgrammeId, x.OrganisationId, x.Role });
            e.HasIndex(x => x.OrganisationId);
            e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<ProgrammeCountry>(e =>
        {
            e.HasKey(x => new { x.ProgrammeId, x.CountryCode });
            e.HasIndex(x => x.CountryCode);
            e.HasOne(x => x.Country).WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<ProgrammeArea>(e =>
        {
            e.HasKey(x => new { x.ProgrammeId, x.AdministrativeAreaId });
            e.HasOne(x => x.AdministrativeArea).WithMany().HasForeignKey(x => x.AdministrativeAreaId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<ProgrammeTerm>(e =>
        {
            e.HasKey(x => new { x.ProgrammeId, x.TermId });
            e.HasOne(x => x.Term).WithMany().HasForeignKey(x => x.TermId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<ProgrammeSdgTarget>(e =>
        {
            e.HasKey(x => new { x.ProgrammeId, x.TargetCode });
            e.HasOne(x => x.Target).WithMany().HasForeignKey(x => x.TargetCode).OnDelete(DeleteBehavior.Restrict);
        });
    }

    private static void ConfigureAgreements(ModelBuilder b)
    {
        b.Entity<SynergyAgreement>(e =>
        {
            e.Property(x => x.ReferenceNumber).HasMaxLength(30);
            e.HasIndex(x => x.ReferenceNumber).IsUnique();
            e.HasIndex(x => x.CountryCode);
            e.HasOne(x => x.Country).WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Versions).WithOne(x => x.Agreement).HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<AgreementVersion>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(300);
            foreach (var text in new[] { nameof(AgreementVersion.Purpose), nameof(AgreementVersion.BeneficiarySelection),
                         nameof(AgreementVersion.CommunitySelection), nameof(AgreementVersion.StructuralApproach),
                         nameof(AgreementVersion.CoordinationMechanism), nameof(AgreementVersion.MonitoringAndDataSharing),
                         nameof(AgreementVersion.DataProtection), nameof(AgreementVersion.ReportingObligations),
                         nameof(AgreementVersion.DueDiligenceNotes), nameof(AgreementVersion.FocalPoints) })
                e.Property(text).HasMaxLength(4000);
            e.Property(x => x.MeetingFrequency).HasMaxLength(200);
            e.Property(x => x.Fingerprint).HasMaxLength(64);
            e.Property(x => x.VerificationCode).HasMaxLength(20);
            e.Property(x => x.EndReason).HasMaxLength(1000);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasIndex(x => new { x.AgreementId, x.Number }).IsUnique();
            e.HasIndex(x => x.VerificationCode).IsUnique();
            e.HasIndex(x => new { x.Status, x.EndDate });
            e.HasMany(x => x.Parties).WithOne().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.ReferralPathways).WithOne().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Areas).WithOne().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.TargetGroups).WithOne().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.SdgTargets).WithOne().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Signatures).WithOne().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Restrict);
            e.Ignore(x => x.ValidSignatures);
            e.Ignore(x => x.IsOpen);
        });
        b.Entity<AgreementParty>(e =>
        {
            e.Property(x => x.Role).HasMaxLength(200);
            e.Property(x => x.Eligibility).HasMaxLength(4000);
            e.HasIndex(x => x.OrganisationId);
            e.HasIndex(x => x.ProgrammeId);
            e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Programme).WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Contributions).WithOne().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AgreementContribution>(e =>
        {
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.CostSharePercent).HasPrecision(5, 2);
        });
        b.Entity<ReferralPathway>(e =>
        {
            e.Property(x => x.Conditions).HasMaxLength(2000);
            e.HasOne(x => x.FromService).WithMany().HasForeignKey(x => x.FromServiceId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.ToService).WithMany().HasForeignKey(x => x.ToServiceId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<AgreementArea>(e =>
        {
            e.HasKey(x => new { x.VersionId, x.AdministrativeAreaId });
            e.HasOne(x => x.AdministrativeArea).WithMany().HasForeignKey(x => x.AdministrativeAreaId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<AgreementTargetGroup>(e =>
        {
            e.HasKey(x => new { x.VersionId, x.TermId });
            e.HasOne(x => x.Term).WithMany().HasForeignKey(x => x.TermId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<AgreementSdgTarget>(e =>
        {
            e.HasKey(x => new { x.VersionId, x.TargetCode });
            e.HasOne(x => x.Target).WithMany().HasForeignKey(x => x.TargetCode).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<AgreementSignature>(e =>
        {
            e.Property(x => x.SignerName).HasMaxLength(200);
            e.Property(x => x.SignerEmail).HasMaxLength(256);
            e.Property(x => x.IpAddress).HasMaxLength(64);
            e.Property(x => x.UserAgent).HasMaxLength(500);
            e.Property(x => x.Fingerprint).HasMaxLength(64);
            e.Property(x => x.VoidReason).HasMaxLength(1000);
            // One valid signature per party: the database refuses a second even when two requests race.
            e.HasIndex(x => new { x.VersionId, x.PartyId }).IsUnique().HasFilter("\"VoidedAtUtc\" IS NULL");
            e.HasOne<AgreementParty>().WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<AgreementEvent>(e =>
        {
            e.Property(x => x.ActorName).HasMaxLength(200);
            e.Property(x => x.OrganisationName).HasMaxLength(200);
            e.Property(x => x.Detail).HasMaxLength(2000);
            e.HasIndex(x => new { x.AgreementId, x.AtUtc });
        });
        b.Entity<AgreementComment>(e =>
        {
            e.Property(x => x.ClauseKey).HasMaxLength(40);
            e.Property(x => x.AuthorName).HasMaxLength(200);
            e.Property(x => x.OrganisationName).HasMaxLength(200);
            e.Property(x => x.Text).HasMaxLength(4000);
            e.HasIndex(x => new { x.VersionId, x.ClauseKey, x.AtUtc });
            e.HasOne<AgreementVersion>().WithMany().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AgreementNotice>(e =>
        {
            e.Property(x => x.Key).HasMaxLength(100);
            e.HasIndex(x => new { x.VersionId, x.Key }).IsUnique();
            e.HasOne<AgreementVersion>().WithMany().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<SignedAgreementDocument>(e =>
        {
            e.HasKey(x => x.VersionId);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.HasIndex(x => x.Sha256);
            e.HasOne<AgreementVersion>().WithOne().HasForeignKey<SignedAgreementDocument>(x => x.VersionId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
