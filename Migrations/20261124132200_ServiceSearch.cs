using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerPortal.Migrations
{
    /// <summary>
    /// Full-text search of services (SQLite FTS5). The index is kept by triggers, so every way a service
    /// changes (pages, imports, seeding, even direct SQL) updates it. Rows share the service's rowid.
    /// A later migration that makes EF rebuild the Services table (SQLite cannot drop columns in place)
    /// drops these triggers and renumbers rowids: it must recreate the triggers and re-run IndexRows.
    /// </summary>
    public partial class ServiceSearch : Migration
    {
        /// <summary>The search row of every service the WHERE clause that follows selects.</summary>
        private const string IndexRows = """
            INSERT INTO ServiceSearch(rowid, Name, Details, Organisation, Category, Places)
            SELECT s.rowid, s.Name,
                   coalesce(s.AlternateName, '') || ' ' || coalesce(s.Description, '') || ' ' || coalesce(s.EligibilityDescription, ''),
                   o.Name || ' ' || coalesce(o.Acronym, ''),
                   t.Name || ' ' || coalesce(t.NameFr, '') || ' ' || coalesce((SELECT p.Name FROM TaxonomyTerms p WHERE p.Id = t.ParentId), ''),
                   coalesce((SELECT group_concat(coalesce(l.City, '') || ' ' || coalesce(a.Name, ''), ' ')
                             FROM ServiceAtLocations x JOIN Locations l ON l.Id = x.LocationId
                             LEFT JOIN AdministrativeAreas a ON a.Id = l.AdministrativeAreaId
                             WHERE x.ServiceId = s.Id), '')
            FROM Services s JOIN Organisations o ON o.Id = s.OrganisationId JOIN TaxonomyTerms t ON t.Id = s.CategoryId
            """;

        private static string Refresh(string rowid) =>
            $"DELETE FROM ServiceSearch WHERE rowid = {rowid}; {IndexRows} WHERE s.rowid = {rowid};";

        protected override void Up(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite") return;
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ServiceSearch USING fts5(Name, Details, Organisation, Category, Places,
                    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
                """);
            migrationBuilder.Sql($"CREATE TRIGGER ServiceSearch_ServiceInsert AFTER INSERT ON Services BEGIN {Refresh("new.rowid")} END;");
            migrationBuilder.Sql($"CREATE TRIGGER ServiceSearch_ServiceUpdate AFTER UPDATE ON Services BEGIN {Refresh("new.rowid")} END;");
            migrationBuilder.Sql("CREATE TRIGGER ServiceSearch_ServiceDelete AFTER DELETE ON Services BEGIN DELETE FROM ServiceSearch WHERE rowid = old.rowid; END;");
            migrationBuilder.Sql($"CREATE TRIGGER ServiceSearch_PlaceInsert AFTER INSERT ON ServiceAtLocations BEGIN {Refresh("(SELECT rowid FROM Services WHERE Id = new.ServiceId)")} END;");
            migrationBuilder.Sql($"CREATE TRIGGER ServiceSearch_PlaceDelete AFTER DELETE ON ServiceAtLocations BEGIN {Refresh("(SELECT rowid FROM Services WHERE Id = old.ServiceId)")} END;");
            migrationBuilder.Sql("""
                CREATE TRIGGER ServiceSearch_OrganisationRename AFTER UPDATE OF Name, Acronym ON Organisations BEGIN
                    UPDATE ServiceSearch SET Organisation = new.Name || ' ' || coalesce(new.Acronym, '')
                    WHERE rowid IN (SELECT rowid FROM Services WHERE OrganisationId = new.Id);
                END;
                """);
            // Services that exist before this migration.
            migrationBuilder.Sql(IndexRows + ";");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite") return;
            foreach (var trigger in new[] { "ServiceInsert", "ServiceUpdate", "ServiceDelete", "PlaceInsert", "PlaceDelete", "OrganisationRename" })
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS ServiceSearch_{trigger};");
            migrationBuilder.Sql("DROP TABLE IF EXISTS ServiceSearch;");
        }
    }
}
