using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain;

namespace PartnerPortal.Data;

public partial class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<AdministrativeArea> AdministrativeAreas => Set<AdministrativeArea>();
    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();
    public DbSet<SdgGoal> SdgGoals => Set<SdgGoal>();
    public DbSet<SdgTarget> SdgTargets => Set<SdgTarget>();
    public DbSet<GcmObjective> GcmObjectives => Set<GcmObjective>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationCountry> OrganisationCountries => Set<OrganisationCountry>();
    public DbSet<CoordinatorCountry> CoordinatorCountries => Set<CoordinatorCountry>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<ServiceTargetGroup> ServiceTargetGroups => Set<ServiceTargetGroup>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<ServiceAtLocation> ServiceAtLocations => Set<ServiceAtLocation>();
    public DbSet<Phone> Phones => Set<Phone>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Schedule> Schedules => Set<Schedule>();
    public DbSet<ServiceLanguage> ServiceLanguages => Set<ServiceLanguage>();
    public DbSet<CostOption> CostOptions => Set<CostOption>();
    public DbSet<RequiredDocument> RequiredDocuments => Set<RequiredDocument>();
    public DbSet<ServiceArea> ServiceAreas => Set<ServiceArea>();
    public DbSet<ServiceChange> ServiceChanges => Set<ServiceChange>();
    public DbSet<ServiceGap> ServiceGaps => Set<ServiceGap>();
    public DbSet<OrganisationIdentifier> OrganisationIdentifiers => Set<OrganisationIdentifier>();
    public DbSet<OrganisationArea> OrganisationAreas => Set<OrganisationArea>();
    public DbSet<OrganisationSector> OrganisationSectors => Set<OrganisationSector>();
    public DbSet<FocalPoint> FocalPoints => Set<FocalPoint>();
    public DbSet<StakeholderAssessment> StakeholderAssessments => Set<StakeholderAssessment>();
    public DbSet<CoordinationBody> CoordinationBodies => Set<CoordinationBody>();
    public DbSet<CoordinationBodyMember> CoordinationBodyMembers => Set<CoordinationBodyMember>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);

        b.Entity<Country>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(2);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.NameFr).HasMaxLength(100);
        });

        b.Entity<AdministrativeArea>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Code).HasMaxLength(50);
            e.Property(x => x.Path).HasMaxLength(400);
            e.HasIndex(x => x.Path);
            e.HasIndex(x => new { x.CountryCode, x.ParentId, x.Name }).IsUnique();
            e.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Country).WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<TaxonomyTerm>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(80);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.NameFr).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.HasIndex(x => new { x.Taxonomy, x.Code }).IsUnique();
            e.HasIndex(x => x.HsdsId).IsUnique();
            e.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<SdgGoal>(e =>
        {
            e.HasKey(x => x.Number);
            e.Property(x => x.Number).ValueGeneratedNever();
            e.HasMany(x => x.Targets).WithOne(x => x.Goal).HasForeignKey(x => x.GoalNumber);
        });
        b.Entity<SdgTarget>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(10);
        });
        b.Entity<GcmObjective>(e =>
        {
            e.HasKey(x => x.Number);
            e.Property(x => x.Number).ValueGeneratedNever();
        });

        b.Entity<Organisation>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Acronym).HasMaxLength(30);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Website).HasMaxLength(300);
            e.Property(x => x.Email).HasMaxLength(256);
            e.Property(x => x.Phone).HasMaxLength(50);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.HsdsId).IsUnique();
            e.HasIndex(x => x.Name);
            e.HasIndex(x => x.CountryCode);
            e.HasOne(x => x.Type).WithMany().HasForeignKey(x => x.TypeId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Country).WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.JurisdictionArea).WithMany().HasForeignKey(x => x.JurisdictionAreaId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.CountriesOfOperation).WithOne().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<OrganisationCountry>(e =>
        {
            e.HasKey(x => new { x.OrganisationId, x.CountryCode });
            e.HasOne(x => x.Country).WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<ApplicationUser>(e =>
        {
            e.Property(x => x.FullName).HasMaxLength(200);
            e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.CoordinatedCountries).WithOne().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.OrganisationId);
        });
        b.Entity<CoordinatorCountry>(e =>
        {
            e.HasKey(x => new { x.UserId, x.CountryCode });
            e.HasOne(x => x.Country).WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<Invitation>(e =>
        {
            e.Property(x => x.Email).HasMaxLength(256);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });

        ConfigureServiceDirectory(b);
        ConfigureStakeholders(b);
        ConfigureProgrammes(b);
        ConfigureAgreements(b);
        ConfigureInitiatives(b);
        ConfigureReports(b);

        // Guid keys are assigned by the application when an object is created. Telling EF they are never
        // generated makes a new child added through a navigation (a phone added to a service) an INSERT;
        // otherwise EF would take its set key for an existing row and try an UPDATE.
        foreach (var entity in b.Model.GetEntityTypes())
            if (entity.FindPrimaryKey()?.Properties is [{ ClrType: var type } key] && type == typeof(Guid))
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;

        b.Entity<AuditEntry>(e =>
        {
            e.Property(x => x.Action).HasMaxLength(100);
            e.Property(x => x.EntityType).HasMaxLength(100);
            e.Property(x => x.EntityId).HasMaxLength(100);
            e.HasIndex(x => x.AtUtc);
            e.HasIndex(x => new { x.EntityType, x.EntityId });
        });

        b.Entity<OutboxMessage>(e =>
        {
            e.Property(x => x.ToAddress).HasMaxLength(256);
            e.Property(x => x.Subject).HasMaxLength(300);
            e.HasIndex(x => x.SentAtUtc);
        });
    }

    private static void ConfigureServiceDirectory(ModelBuilder b)
    {
        b.Entity<Service>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.AlternateName).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Url).HasMaxLength(300);
            e.Property(x => x.Email).HasMaxLength(256);
            e.Property(x => x.AssurerEmail).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.OrganisationId);
            e.HasIndex(x => new { x.Status, x.IsPublished });
            e.HasIndex(x => x.AssuredDate);
            e.HasIndex(x => x.LastModifiedUtc);
            e.HasIndex(x => x.CategoryId);
            e.HasIndex(x => x.Name);
            e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.TargetGroups).WithOne().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.ServiceAtLocations).WithOne(x => x.Service).HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Phones).WithOne().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Contacts).WithOne().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Schedules).WithOne().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Languages).WithOne().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.CostOptions).WithOne().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.RequiredDocuments).WithOne().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.ServiceAreas).WithOne().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ServiceTargetGroup>(e =>
        {
            e.HasKey(x => new { x.ServiceId, x.TermId });
            e.HasOne(x => x.Term).WithMany().HasForeignKey(x => x.TermId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Location>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.LocationType).HasMaxLength(20);
            e.Property(x => x.CountryCode).HasMaxLength(2);
            e.HasIndex(x => x.AdministrativeAreaId);
            e.HasIndex(x => x.OrganisationId);
            e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.AdministrativeArea).WithMany().HasForeignKey(x => x.AdministrativeAreaId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<ServiceAtLocation>(e =>
        {
            e.HasIndex(x => new { x.ServiceId, x.LocationId }).IsUnique();
            e.HasIndex(x => x.LocationId);
            e.HasOne(x => x.Location).WithMany().HasForeignKey(x => x.LocationId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Phone>(e =>
        {
            e.Property(x => x.Number).HasMaxLength(50);
            e.HasOne<Location>().WithMany().HasForeignKey(x => x.LocationId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ServiceArea>(e =>
        {
            e.HasIndex(x => x.AdministrativeAreaId);
            e.HasOne(x => x.AdministrativeArea).WithMany().HasForeignKey(x => x.AdministrativeAreaId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<ServiceChange>(e =>
        {
            e.Property(x => x.ResourceType).HasMaxLength(40);
            e.Property(x => x.ActionType).HasMaxLength(20);
            e.Property(x => x.FieldName).HasMaxLength(80);
            e.HasIndex(x => new { x.ServiceId, x.AtUtc });
            e.HasOne<Service>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ServiceGap>(e =>
        {
            e.Property(x => x.Description).HasMaxLength(2000);
            e.HasIndex(x => new { x.AdministrativeAreaId, x.CategoryId });
            e.HasOne(x => x.AdministrativeArea).WithMany().HasForeignKey(x => x.AdministrativeAreaId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    private static void ConfigureStakeholders(ModelBuilder b)
    {
        b.Entity<Organisation>(e =>
        {
            e.HasMany(x => x.AreasOfOperation).WithOne().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Identifiers).WithOne().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Sectors).WithOne().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.FocalPoints).WithOne().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<OrganisationArea>(e =>
        {
            e.HasKey(x => new { x.OrganisationId, x.AdministrativeAreaId });
            e.HasIndex(x => x.AdministrativeAreaId);
            e.HasOne(x => x.AdministrativeArea).WithMany().HasForeignKey(x => x.AdministrativeAreaId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<OrganisationSector>(e =>
        {
            e.HasKey(x => new { x.OrganisationId, x.TermId });
            e.HasIndex(x => x.TermId);
            e.HasOne(x => x.Term).WithMany().HasForeignKey(x => x.TermId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<OrganisationIdentifier>(e =>
        {
            e.Property(x => x.Scheme).HasMaxLength(100);
            e.Property(x => x.Value).HasMaxLength(100);
        });
        b.Entity<FocalPoint>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Email).HasMaxLength(256);
        });
        b.Entity<StakeholderAssessment>(e =>
        {
            e.HasIndex(x => x.OrganisationId).IsUnique();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CoordinationBody>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.CountryCode);
            e.HasOne(x => x.Country).WithMany().HasForeignKey(x => x.CountryCode).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.LeadOrganisation).WithMany().HasForeignKey(x => x.LeadOrganisationId).OnDelete(DeleteBehavior.SetNull);
            e.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.CoordinationBodyId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CoordinationBodyMember>(e =>
        {
            e.HasKey(x => new { x.CoordinationBodyId, x.OrganisationId });
            e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>Audit rows are append-only: refuse any attempt to change or remove one through EF.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAppendOnly();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAppendOnly();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void GuardAppendOnly()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(x => x.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit log is append-only.");
        if (ChangeTracker.Entries<Domain.Agreements.AgreementEvent>().Any(x => x.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The agreement event log is append-only.");
    }
}
