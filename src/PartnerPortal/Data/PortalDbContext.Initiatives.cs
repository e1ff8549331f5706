using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Data;

public partial class PortalDbContext
{
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<InitiativePartner> InitiativePartners => Set<InitiativePartner>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<ProgressEvent> ProgressEvents => Set<ProgressEvent>();

    private static void ConfigureInitiatives(ModelBuilder b)
    {
        b.Entity<Initiative>(e =>
        {
            e.Property(x => x.Reference).HasMaxLength(30);
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Summary).HasMaxLength(4000);
            e.Property(x => x.ValueChain).HasMaxLength(200);
            e.Property(x => x.Locality).HasMaxLength(200);
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.Budget).HasPrecision(18, 2);
            e.Property(x => x.CoFunding).HasPrecision(18, 2);
            e.Property(x => x.CoFundingSource).HasMaxLength(500);
            foreach (var text in new[] { nameof(Initiative.SkillsTransferPlan), nameof(Initiative.GroupAgreement), nameof(Initiative.LegalRegistration),
                         nameof(Initiative.ParticipatoryProcess), nameof(Initiative.SustainabilityArrangement),
                         nameof(Initiative.EnvironmentalConsiderations), nameof(Initiative.DoNoHarmNotes) })
                e.Property(text).HasMaxLength(4000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.Returnees);
            e.Ignore(x => x.CommunityMembers);
            e.Ignore(x => x.Participants);
            e.HasIndex(x => x.Reference).IsUnique();
            e.HasIndex(x => new { x.CountryCode, x.Status });
            e.HasIndex(x => x.AdministrativeAreaId);
            e.HasIndex(x => x.LeadOrganisationId);
            e.HasOne(x => x.Type).WithMany().HasForeignKey(x => x.TypeId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Sector).WithMany().HasForeignKey(x => x.SectorId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Country).WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.AdministrativeArea).WithMany().HasForeignKey(x => x.AdministrativeAreaId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.LeadOrganisation).WithMany().HasForeignKey(x => x.LeadOrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Partners).WithOne().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Programmes).WithOne().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Agreements).WithOne().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.OtherGroups).WithOne().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Themes).WithOne().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.SdgTargets).WithOne().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.GcmObjectives).WithOne().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<InitiativePartner>(e =>
        {
            e.HasKey(x => new { x.InitiativeId, x.OrganisationId, x.Role });
            e.HasIndex(x => x.OrganisationId);
            e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<InitiativeProgramme>(e =>
        {
            e.HasKey(x => new { x.InitiativeId, x.ProgrammeId });
            e.HasOne(x => x.Programme).WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<InitiativeAgreement>(e =>
        {
            e.HasKey(x => new { x.InitiativeId, x.AgreementId });
            e.HasOne(x => x.Agreement).WithMany().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<InitiativeGroup>(e =>
        {
            e.HasKey(x => new { x.InitiativeId, x.TermId });
            e.HasOne(x => x.Term).WithMany().HasForeignKey(x => x.TermId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<InitiativeTheme>(e =>
        {
            e.HasKey(x => new { x.InitiativeId, x.TermId });
            e.HasIndex(x => x.TermId);
            e.HasOne(x => x.Term).WithMany().HasForeignKey(x => x.TermId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<InitiativeSdgTarget>(e =>
        {
            e.HasKey(x => new { x.InitiativeId, x.TargetCode });
            e.HasIndex(x => x.TargetCode);
            e.HasOne(x => x.Target).WithMany().HasForeignKey(x => x.TargetCode).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<InitiativeGcmObjective>(e =>
        {
            e.HasKey(x => new { x.InitiativeId, x.ObjectiveNumber });
            e.HasOne(x => x.Objective).WithMany().HasForeignKey(x => x.ObjectiveNumber).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Indicator>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(80);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Unit).HasMaxLength(50);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.Ignore(x => x.IsStandard);
            // Codes are unique in the library and within each initiative's own indicators.
            e.HasIndex(x => new { x.InitiativeId, x.Code }).IsUnique();
            e.HasIndex(x => x.Code).IsUnique().HasFilter("\"InitiativeId\" IS NULL");
            e.HasOne<Initiative>().WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ProgressReport>(e =>
        {
            e.Property(x => x.Narrative).HasMaxLength(8000);
            e.Property(x => x.Risks).HasMaxLength(4000);
            e.Property(x => x.NextSteps).HasMaxLength(4000);
            e.Property(x => x.SubmittedByName).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.Period);
            e.Ignore(x => x.IsLocked);
            // One report per initiative and half-year: a second submission for the same period is impossible.
            e.HasIndex(x => new { x.InitiativeId, x.Year, x.Half }).IsUnique();
            e.HasIndex(x => new { x.Year, x.Half, x.State });
            e.HasOne(x => x.Initiative).WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Values).WithOne().HasForeignKey(x => x.ProgressReportId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<IndicatorValue>(e =>
        {
            e.HasIndex(x => new { x.ProgressReportId, x.IndicatorId, x.Measure }).IsUnique();
            e.HasIndex(x => x.IndicatorId);
            e.HasOne(x => x.Indicator).WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Restrict);
            e.Ignore(x => x.Total);
        });
        b.Entity<ProgressEvent>(e =>
        {
            e.Property(x => x.ActorName).HasMaxLength(200);
            e.Property(x => x.Detail).HasMaxLength(2000);
            e.HasIndex(x => new { x.InitiativeId, x.Year, x.Half });
            e.HasOne<Initiative>().WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
