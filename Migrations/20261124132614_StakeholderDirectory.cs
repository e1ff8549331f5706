using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Migrations
{
    /// <inheritdoc />
    public partial class StakeholderDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Dimensions",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Levels",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MigrationRoles",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CoordinationBodies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", nullable: false),
                    LeadOrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    TermsOfReferenceUrl = table.Column<string>(type: "TEXT", nullable: true),
                    MeetingFrequency = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinationBodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoordinationBodies_Countries_CountryCode",
                        column: x => x.CountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoordinationBodies_Organisations_LeadOrganisationId",
                        column: x => x.LeadOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "FocalPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", nullable: true),
                    Languages = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FocalPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FocalPoints_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationAreas",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AdministrativeAreaId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationAreas", x => new { x.OrganisationId, x.AdministrativeAreaId });
                    table.ForeignKey(
                        name: "FK_OrganisationAreas_AdministrativeAreas_AdministrativeAreaId",
                        column: x => x.AdministrativeAreaId,
                        principalTable: "AdministrativeAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrganisationAreas_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationIdentifiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Scheme = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationIdentifiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationIdentifiers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationSectors",
                columns: table => new
                {
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TermId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationSectors", x => new { x.OrganisationId, x.TermId });
                    table.ForeignKey(
                        name: "FK_OrganisationSectors_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisationSectors_TaxonomyTerms_TermId",
                        column: x => x.TermId,
                        principalTable: "TaxonomyTerms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StakeholderAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    Interest = table.Column<int>(type: "INTEGER", nullable: false),
                    Influence = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnershipPotential = table.Column<int>(type: "INTEGER", nullable: false),
                    Needs = table.Column<string>(type: "TEXT", nullable: true),
                    IsTrustedIntermediary = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    AssessedByName = table.Column<string>(type: "TEXT", nullable: false),
                    AssessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StakeholderAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StakeholderAssessments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoordinationBodyMembers",
                columns: table => new
                {
                    CoordinationBodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinationBodyMembers", x => new { x.CoordinationBodyId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_CoordinationBodyMembers_CoordinationBodies_CoordinationBodyId",
                        column: x => x.CoordinationBodyId,
                        principalTable: "CoordinationBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoordinationBodyMembers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CoordinationBodies_CountryCode",
                table: "CoordinationBodies",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_CoordinationBodies_LeadOrganisationId",
                table: "CoordinationBodies",
                column: "LeadOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CoordinationBodyMembers_OrganisationId",
                table: "CoordinationBodyMembers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_FocalPoints_OrganisationId",
                table: "FocalPoints",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationAreas_AdministrativeAreaId",
                table: "OrganisationAreas",
                column: "AdministrativeAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationIdentifiers_OrganisationId",
                table: "OrganisationIdentifiers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationSectors_TermId",
                table: "OrganisationSectors",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_StakeholderAssessments_OrganisationId",
                table: "StakeholderAssessments",
                column: "OrganisationId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoordinationBodyMembers");

            migrationBuilder.DropTable(
                name: "FocalPoints");

            migrationBuilder.DropTable(
                name: "OrganisationAreas");

            migrationBuilder.DropTable(
                name: "OrganisationIdentifiers");

            migrationBuilder.DropTable(
                name: "OrganisationSectors");

            migrationBuilder.DropTable(
                name: "StakeholderAssessments");

            migrationBuilder.DropTable(
                name: "CoordinationBodies");

            migrationBuilder.DropColumn(
                name: "Dimensions",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Levels",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "MigrationRoles",
                table: "Organisations");
        }
    }
}
