using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammesAndAgreements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Programmes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Acronym = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OwnerOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Programmes_Organisations_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SynergyAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferenceNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SynergyAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SynergyAgreements_Countries_CountryCode",
                        column: x => x.CountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeAreas",
                columns: table => new
                {
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    AdministrativeAreaId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeAreas", x => new { x.ProgrammeId, x.AdministrativeAreaId });
                    table.ForeignKey(
                        name: "FK_ProgrammeAreas_AdministrativeAreas_AdministrativeAreaId",
                        column: x => x.AdministrativeAreaId,
                        principalTable: "AdministrativeAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeAreas_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeCountry",
                columns: table => new
                {
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeCountry", x => new { x.ProgrammeId, x.CountryCode });
                    table.ForeignKey(
                        name: "FK_ProgrammeCountry_Countries_CountryCode",
                        column: x => x.CountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammeCountry_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammePartners",
                columns: table => new
                {
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammePartners", x => new { x.ProgrammeId, x.OrganisationId, x.Role });
                    table.ForeignKey(
                        name: "FK_ProgrammePartners_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgrammePartners_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeSdgTarget",
                columns: table => new
                {
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetCode = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeSdgTarget", x => new { x.ProgrammeId, x.TargetCode });
                    table.ForeignKey(
                        name: "FK_ProgrammeSdgTarget_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgrammeSdgTarget_SdgTargets_TargetCode",
                        column: x => x.TargetCode,
                        principalTable: "SdgTargets",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeTerms",
                columns: table => new
                {
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    TermId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeTerms", x => new { x.ProgrammeId, x.TermId });
                    table.ForeignKey(
                        name: "FK_ProgrammeTerms_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgrammeTerms_TaxonomyTerms_TermId",
                        column: x => x.TermId,
                        principalTable: "TaxonomyTerms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgreementEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementEvents_SynergyAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "SynergyAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgreementVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    BeneficiarySelection = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReferralChannel = table.Column<int>(type: "INTEGER", nullable: true),
                    CommunitySelection = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StructuralApproach = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CoordinationMechanism = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MeetingFrequency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FocalPoints = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MonitoringAndDataSharing = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DataProtection = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReportingObligations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Levels = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Commitment = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueDiligenceNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SigningOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    FrozenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ActivatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VerificationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Revision = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementVersions_SynergyAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "SynergyAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgreementArea",
                columns: table => new
                {
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    AdministrativeAreaId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementArea", x => new { x.VersionId, x.AdministrativeAreaId });
                    table.ForeignKey(
                        name: "FK_AgreementArea_AdministrativeAreas_AdministrativeAreaId",
                        column: x => x.AdministrativeAreaId,
                        principalTable: "AdministrativeAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgreementArea_AgreementVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClauseKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementComments_AgreementVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementNotices_AgreementVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementParties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Eligibility = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementParties_AgreementVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementParties_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgreementParties_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgreementSdgTarget",
                columns: table => new
                {
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetCode = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementSdgTarget", x => new { x.VersionId, x.TargetCode });
                    table.ForeignKey(
                        name: "FK_AgreementSdgTarget_AgreementVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementSdgTarget_SdgTargets_TargetCode",
                        column: x => x.TargetCode,
                        principalTable: "SdgTargets",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgreementTargetGroup",
                columns: table => new
                {
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    TermId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementTargetGroup", x => new { x.VersionId, x.TermId });
                    table.ForeignKey(
                        name: "FK_AgreementTargetGroup_AgreementVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementTargetGroup_TaxonomyTerms_TermId",
                        column: x => x.TermId,
                        principalTable: "TaxonomyTerms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferralPathways",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Conditions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralPathways", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralPathways_AgreementVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReferralPathways_Services_FromServiceId",
                        column: x => x.FromServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReferralPathways_Services_ToServiceId",
                        column: x => x.ToServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SignedAgreementDocuments",
                columns: table => new
                {
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PageCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedAgreementDocuments", x => x.VersionId);
                    table.ForeignKey(
                        name: "FK_SignedAgreementDocuments_AgreementVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgreementContributions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CostSharePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementContributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementContributions_AgreementParties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "AgreementParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementSignatures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VoidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VoidReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementSignatures_AgreementParties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "AgreementParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgreementSignatures_AgreementVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "AgreementVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgreementSignatures_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementArea_AdministrativeAreaId",
                table: "AgreementArea",
                column: "AdministrativeAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementComments_VersionId_ClauseKey_AtUtc",
                table: "AgreementComments",
                columns: new[] { "VersionId", "ClauseKey", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementContributions_PartyId",
                table: "AgreementContributions",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementEvents_AgreementId_AtUtc",
                table: "AgreementEvents",
                columns: new[] { "AgreementId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementNotices_VersionId_Key",
                table: "AgreementNotices",
                columns: new[] { "VersionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParties_OrganisationId",
                table: "AgreementParties",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParties_ProgrammeId",
                table: "AgreementParties",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementParties_VersionId",
                table: "AgreementParties",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSdgTarget_TargetCode",
                table: "AgreementSdgTarget",
                column: "TargetCode");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSignatures_OrganisationId",
                table: "AgreementSignatures",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSignatures_PartyId",
                table: "AgreementSignatures",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementSignatures_VersionId_PartyId",
                table: "AgreementSignatures",
                columns: new[] { "VersionId", "PartyId" },
                unique: true,
                filter: "\"VoidedAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementTargetGroup_TermId",
                table: "AgreementTargetGroup",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVersions_AgreementId_Number",
                table: "AgreementVersions",
                columns: new[] { "AgreementId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVersions_Status_EndDate",
                table: "AgreementVersions",
                columns: new[] { "Status", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVersions_VerificationCode",
                table: "AgreementVersions",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeAreas_AdministrativeAreaId",
                table: "ProgrammeAreas",
                column: "AdministrativeAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeCountry_CountryCode",
                table: "ProgrammeCountry",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammePartners_OrganisationId",
                table: "ProgrammePartners",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_OwnerOrganisationId",
                table: "Programmes",
                column: "OwnerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_StartDate_EndDate",
                table: "Programmes",
                columns: new[] { "StartDate", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeSdgTarget_TargetCode",
                table: "ProgrammeSdgTarget",
                column: "TargetCode");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeTerms_TermId",
                table: "ProgrammeTerms",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralPathways_FromServiceId",
                table: "ReferralPathways",
                column: "FromServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralPathways_ToServiceId",
                table: "ReferralPathways",
                column: "ToServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralPathways_VersionId",
                table: "ReferralPathways",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_SignedAgreementDocuments_Sha256",
                table: "SignedAgreementDocuments",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_SynergyAgreements_CountryCode",
                table: "SynergyAgreements",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_SynergyAgreements_ReferenceNumber",
                table: "SynergyAgreements",
                column: "ReferenceNumber",
                unique: true);

            // The agreement event log and the negotiation comments are append-only in the database too.
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                foreach (var table in new[] { "AgreementEvents", "AgreementComments" })
                {
                    migrationBuilder.Sql($"CREATE TRIGGER {table}_NoUpdate BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, '{table} are append-only.'); END;");
                    migrationBuilder.Sql($"CREATE TRIGGER {table}_NoDelete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, '{table} are append-only.'); END;");
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementArea");

            migrationBuilder.DropTable(
                name: "AgreementComments");

            migrationBuilder.DropTable(
                name: "AgreementContributions");

            migrationBuilder.DropTable(
                name: "AgreementEvents");

            migrationBuilder.DropTable(
                name: "AgreementNotices");

            migrationBuilder.DropTable(
                name: "AgreementSdgTarget");

            migrationBuilder.DropTable(
                name: "AgreementSignatures");

            migrationBuilder.DropTable(
                name: "AgreementTargetGroup");

            migrationBuilder.DropTable(
                name: "ProgrammeAreas");

            migrationBuilder.DropTable(
                name: "ProgrammeCountry");

            migrationBuilder.DropTable(
                name: "ProgrammePartners");

            migrationBuilder.DropTable(
                name: "ProgrammeSdgTarget");

            migrationBuilder.DropTable(
                name: "ProgrammeTerms");

            migrationBuilder.DropTable(
                name: "ReferralPathways");

            migrationBuilder.DropTable(
                name: "SignedAgreementDocuments");

            migrationBuilder.DropTable(
                name: "AgreementParties");

            migrationBuilder.DropTable(
                name: "AgreementVersions");

            migrationBuilder.DropTable(
                name: "Programmes");

            migrationBuilder.DropTable(
                name: "SynergyAgreements");
        }
    }
}
