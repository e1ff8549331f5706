using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Migrations
{
    /// <inheritdoc />
    public partial class InitiativeRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Initiatives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TypeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Dimensions = table.Column<int>(type: "INTEGER", nullable: false),
                    SectorId = table.Column<int>(type: "INTEGER", nullable: true),
                    ValueChain = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CountryCode = table.Column<string>(type: "TEXT", nullable: false),
                    AdministrativeAreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Locality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeadOrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    CoFunding = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    CoFundingSource = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturneesFemale = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturneesMale = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityMembersFemale = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityMembersMale = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdsReached = table.Column<int>(type: "INTEGER", nullable: true),
                    IndirectBeneficiaries = table.Column<int>(type: "INTEGER", nullable: true),
                    HasSkilledMentor = table.Column<bool>(type: "INTEGER", nullable: false),
                    SkillsTransferPlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Governance = table.Column<int>(type: "INTEGER", nullable: true),
                    GroupAgreement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LegalRegistration = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ParticipatoryProcess = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SustainabilityArrangement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    EnvironmentalConsiderations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DoNoHarmNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Outcomes = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Initiatives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Initiatives_AdministrativeAreas_AdministrativeAreaId",
                        column: x => x.AdministrativeAreaId,
                        principalTable: "AdministrativeAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Initiatives_Countries_CountryCode",
                        column: x => x.CountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Initiatives_Organisations_LeadOrganisationId",
                        column: x => x.LeadOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Initiatives_TaxonomyTerms_SectorId",
                        column: x => x.SectorId,
                        principalTable: "TaxonomyTerms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Initiatives_TaxonomyTerms_TypeId",
                        column: x => x.TypeId,
                        principalTable: "TaxonomyTerms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InitiativeAgreement",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreementId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativeAgreement", x => new { x.InitiativeId, x.AgreementId });
                    table.ForeignKey(
                        name: "FK_InitiativeAgreement_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InitiativeAgreement_SynergyAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "SynergyAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InitiativeGcmObjective",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ObjectiveNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativeGcmObjective", x => new { x.InitiativeId, x.ObjectiveNumber });
                    table.ForeignKey(
                        name: "FK_InitiativeGcmObjective_GcmObjectives_ObjectiveNumber",
                        column: x => x.ObjectiveNumber,
                        principalTable: "GcmObjectives",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InitiativeGcmObjective_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InitiativeGroup",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    TermId = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativeGroup", x => new { x.InitiativeId, x.TermId });
                    table.ForeignKey(
                        name: "FK_InitiativeGroup_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InitiativeGroup_TaxonomyTerms_TermId",
                        column: x => x.TermId,
                        principalTable: "TaxonomyTerms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InitiativePartners",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativePartners", x => new { x.InitiativeId, x.OrganisationId, x.Role });
                    table.ForeignKey(
                        name: "FK_InitiativePartners_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InitiativePartners_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InitiativeProgramme",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativeProgramme", x => new { x.InitiativeId, x.ProgrammeId });
                    table.ForeignKey(
                        name: "FK_InitiativeProgramme_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InitiativeProgramme_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InitiativeSdgTarget",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetCode = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativeSdgTarget", x => new { x.InitiativeId, x.TargetCode });
                    table.ForeignKey(
                        name: "FK_InitiativeSdgTarget_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InitiativeSdgTarget_SdgTargets_TargetCode",
                        column: x => x.TargetCode,
                        principalTable: "SdgTargets",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InitiativeTheme",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    TermId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativeTheme", x => new { x.InitiativeId, x.TermId });
                    table.ForeignKey(
                        name: "FK_InitiativeTheme_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InitiativeTheme_TaxonomyTerms_TermId",
                        column: x => x.TermId,
                        principalTable: "TaxonomyTerms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Half = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressEvents_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Half = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Risks = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NextSteps = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReports_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgressReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Measure = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturneeFemale = table.Column<double>(type: "REAL", nullable: false),
                    ReturneeMale = table.Column<double>(type: "REAL", nullable: false),
                    CommunityFemale = table.Column<double>(type: "REAL", nullable: false),
                    CommunityMale = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_ProgressReports_ProgressReportId",
                        column: x => x.ProgressReportId,
                        principalTable: "ProgressReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Code",
                table: "Indicators",
                column: "Code",
                unique: true,
                filter: "\"InitiativeId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_InitiativeId_Code",
                table: "Indicators",
                columns: new[] { "InitiativeId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_IndicatorId",
                table: "IndicatorValues",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_ProgressReportId_IndicatorId_Measure",
                table: "IndicatorValues",
                columns: new[] { "ProgressReportId", "IndicatorId", "Measure" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InitiativeAgreement_AgreementId",
                table: "InitiativeAgreement",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_InitiativeGcmObjective_ObjectiveNumber",
                table: "InitiativeGcmObjective",
                column: "ObjectiveNumber");

            migrationBuilder.CreateIndex(
                name: "IX_InitiativeGroup_TermId",
                table: "InitiativeGroup",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_InitiativePartners_OrganisationId",
                table: "InitiativePartners",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_InitiativeProgramme_ProgrammeId",
                table: "InitiativeProgramme",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_AdministrativeAreaId",
                table: "Initiatives",
                column: "AdministrativeAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_CountryCode_Status",
                table: "Initiatives",
                columns: new[] { "CountryCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_LeadOrganisationId",
                table: "Initiatives",
                column: "LeadOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_Reference",
                table: "Initiatives",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_SectorId",
                table: "Initiatives",
                column: "SectorId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_TypeId",
                table: "Initiatives",
                column: "TypeId");

            migrationBuilder.CreateIndex(
                name: "IX_InitiativeSdgTarget_TargetCode",
                table: "InitiativeSdgTarget",
                column: "TargetCode");

            migrationBuilder.CreateIndex(
                name: "IX_InitiativeTheme_TermId",
                table: "InitiativeTheme",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressEvents_InitiativeId_Year_Half",
                table: "ProgressEvents",
                columns: new[] { "InitiativeId", "Year", "Half" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_InitiativeId_Year_Half",
                table: "ProgressReports",
                columns: new[] { "InitiativeId", "Year", "Half" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_Year_Half_State",
                table: "ProgressReports",
                columns: new[] { "Year", "Half", "State" });

            // Progress history (submissions, reopenings with their reasons) is append-only in the database too.
            if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            {
                migrationBuilder.Sql("CREATE TRIGGER ProgressEvents_NoUpdate BEFORE UPDATE ON ProgressEvents BEGIN SELECT RAISE(ABORT, 'ProgressEvents are append-only.'); END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "InitiativeAgreement");

            migrationBuilder.DropTable(
                name: "InitiativeGcmObjective");

            migrationBuilder.DropTable(
                name: "InitiativeGroup");

            migrationBuilder.DropTable(
                name: "InitiativePartners");

            migrationBuilder.DropTable(
                name: "InitiativeProgramme");

            migrationBuilder.DropTable(
                name: "InitiativeSdgTarget");

            migrationBuilder.DropTable(
                name: "InitiativeTheme");

            migrationBuilder.DropTable(
                name: "ProgressEvents");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "ProgressReports");

            migrationBuilder.DropTable(
                name: "Initiatives");
        }
    }
}
