using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Api.Hsds.Import;

/// <summary>What an applied import changed, for the person and the audit log.</summary>
public sealed record ImportResult(int ServicesCreated, int ServicesUpdated, int OrganisationsCreated, int OrganisationsUpdated,
    int LocationsCreated, int LocationsUpdated)
{
    public string Summary =>
        $"{ServicesCreated} service(s) created, {ServicesUpdated} updated; {OrganisationsCreated} organisation(s) created, "
        + $"{OrganisationsUpdated} updated; {LocationsCreated} place(s) created, {LocationsUpdated} updated";
}

/// <summary>
/// Writes a plan without errors in one transaction: organisations, then places, then services with
/// their collections, a history row per changed service field (HSDS metadata, by the importer) and
/// one audit entry. Any failure rolls everything back.
/// </summary>
public sealed class HsdsImportApplier(PortalDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<ImportResult> ApplyAsync(ImportPlan plan, string importerEmail, string fileName, CancellationToken ct)
    {
        if (!plan.Preview.CanApply) throw new InvalidOperationException("A plan with errors cannot be applied.");
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var orgIds = plan.Organisations.Select(o => o.HsdsId).Concat(plan.Organisations.Select(o => o.ParentHsdsId).OfType<Guid>())
            .Concat(plan.Services.Select(s => s.OrganisationHsdsId)).Concat(plan.Locations.Select(l => l.OrganisationHsdsId).OfType<Guid>())
            .Distinct().ToList();
        var orgs = await db.Organisations.Where(o => orgIds.Contains(o.HsdsId)).ToDictionaryAsync(o => o.HsdsId, ct);
        foreach (var p in plan.Organisations)
        {
            if (p.Existing is null)
            {
                p.Incoming.CreatedAtUtc = p.Incoming.UpdatedAtUtc = now;
                db.Organisations.Add(p.Incoming);
                orgs[p.HsdsId] = p.Incoming;
            }
            else if (p.Action == ImportAction.Update)
            {
                var o = orgs[p.HsdsId];
                (o.Name, o.Acronym, o.Description, o.Email, o.Website, o.TypeId) =
                    (p.Incoming.Name, p.Incoming.Acronym, p.Incoming.Description, p.Incoming.Email, p.Incoming.Website, p.Incoming.TypeId);
                if (p.PhonesGiven) o.Phone = p.Incoming.Phone;
                o.UpdatedAtUtc = now;
                o.Version = Guid.NewGuid();
            }
        }
        foreach (var p in plan.Organisations.Where(p => p.ParentHsdsId is not null && p.Action != ImportAction.Unchanged))
            orgs[p.HsdsId].Parent = orgs[p.ParentHsdsId!.Value];

        var locationIds = plan.Locations.Select(l => l.Id).ToList();
        var places = await db.Locations.Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        var placePhones = (await db.Phones.Where(p => p.ServiceId == null && p.LocationId != null && locationIds.Contains(p.LocationId.Value))
            .ToListAsync(ct)).ToLookup(p => p.LocationId!.Value);
        foreach (var p in plan.Locations)
        {
            if (p.Existing is null)
            {
                var l = p.Incoming;
                l.Organisation = orgs[p.OrganisationHsdsId!.Value];
                l.LastModifiedUtc = now;
                db.Locations.Add(l);
                places[l.Id] = l;
                db.Phones.AddRange(p.Phones ?? []);
            }
            else if (p.Action == ImportAction.Update)
            {
                var l = places[p.Id];
                var n = p.Incoming;
                (l.LocationType, l.Name, l.Description, l.Transportation, l.Latitude, l.Longitude, l.Url, l.AdministrativeAreaId) =
                    (n.LocationType, n.Name, n.Description, n.Transportation, n.Latitude, n.Longitude, n.Url, n.AdministrativeAreaId);
                (l.Address1, l.City, l.Region, l.StateProvince, l.PostalCode, l.CountryCode) = (n.Address1, n.City, n.Region, n.StateProvince, n.PostalCode, n.CountryCode);
                (l.AccessibilityDescription, l.AccessibilityDetails) = (n.AccessibilityDescription, n.AccessibilityDetails);
                l.LastModifiedUtc = now;
                var stored = placePhones[p.Id].ToList();
                Sync(stored, p.Phones, x => x.Id, CopyPhone, _ => { });
            }
        }

        var serviceIds = plan.Services.Where(s => s.Existing is not null).Select(s => s.Id).ToList();
        var services = await db.Services.Where(s => serviceIds.Contains(s.Id))
            .Include(s => s.Organisation).Include(s => s.TargetGroups).Include(s => s.Phones).Include(s => s.Contacts).Include(s => s.Schedules).Include(s => s.Languages)
            .Include(s => s.CostOptions).Include(s => s.RequiredDocuments).Include(s => s.ServiceAreas).Include(s => s.ServiceAtLocations)
            .AsSplitQuery().ToDictionaryAsync(s => s.Id, ct);
        var (created, updated) = (0, 0);
        foreach (var p in plan.Services)
        {
            if (p.Existing is null)
            {
                var s = p.Incoming;
                s.Organisation = orgs[p.OrganisationHsdsId];
                s.CategoryId = p.CategoryId!.Value;
                s.CreatedAtUtc = s.LastModifiedUtc = now;
                s.TargetGroups = p.TargetGroupIds.Select(t => new ServiceTargetGroup { ServiceId = s.Id, TermId = t }).ToList();
                (s.Phones, s.Contacts, s.Schedules, s.Languages) = (p.Phones ?? [], p.Contacts ?? [], p.Schedules ?? [], p.Languages ?? []);
                (s.CostOptions, s.RequiredDocuments, s.ServiceAreas) = (p.CostOptions ?? [], p.RequiredDocuments ?? [], p.ServiceAreas ?? []);
                s.ServiceAtLocations = p.ServiceAtLocations ?? [];
                foreach (var x in s.ServiceAtLocations) x.Location = places.GetValueOrDefault(x.LocationId);
                db.Services.Add(s);
                db.ServiceChanges.AddRange(ServiceHistory.Changes(s.Id, "service", s.Id, new Dictionary<string, string?>(), Snapshot(s),
                    importerEmail, now, "create"));
                created++;
            }
            else
            {
                var s = services[p.Id];
                var before = Snapshot(s);
                Update(s, p, orgs, places);
                var changes = ServiceHistory.Changes(s.Id, "service", s.Id, before, Snapshot(s), importerEmail, now).ToList();
                if (changes.Count > 0)
                {
                    s.LastModifiedUtc = now;
                    s.Version = Guid.NewGuid();
                    db.ServiceChanges.AddRange(changes);
                }
                updated++;
            }
        }

        var result = new ImportResult(created, updated,
            plan.Organisations.Count(o => o.Action == ImportAction.Create), plan.Organisations.Count(o => o.Action == ImportAction.Update),
            plan.Locations.Count(l => l.Action == ImportAction.Create), plan.Locations.Count(l => l.Action == ImportAction.Update));
        audit.Record("services.imported", "HsdsImport", null, detail: $"{fileName} ({plan.Preview.Format}): {result.Summary}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    private void Update(Service s, PlannedService p, Dictionary<Guid, Organisation> orgs, Dictionary<Guid, Location> places)
    {
        var n = p.Incoming;
        (s.Name, s.AlternateName, s.Description, s.Url, s.Email, s.Status) = (n.Name, n.AlternateName, n.Description, n.Url, n.Email, n.Status);
        (s.InterpretationServices, s.ApplicationProcess, s.FeesDescription, s.EligibilityDescription) =
            (n.InterpretationServices, n.ApplicationProcess, n.FeesDescription, n.EligibilityDescription);
        (s.MinimumAge, s.MaximumAge, s.Alert) = (n.MinimumAge, n.MaximumAge, n.Alert);
        if ((s.AssuredDate, s.AssurerEmail) != (n.AssuredDate, n.AssurerEmail))
            (s.AssuredDate, s.AssurerEmail, s.AssurerUserId) = (n.AssuredDate, n.AssurerEmail, null);
        s.Organisation = orgs[p.OrganisationHsdsId];
        if (p.CategoryId is { } category) s.CategoryId = category;
        if (p.FundingGiven) s.FundingSource = n.FundingSource;
        if (p.AttributesGiven)
        {
            (s.IsMainstream, s.ReturneeCategories, s.Dimension, s.Level, s.ReferralMethod, s.ReferralRequired) =
                (n.IsMainstream, n.ReturneeCategories, n.Dimension, n.Level, n.ReferralMethod, n.ReferralRequired);
            (s.NextSteps, s.IntakeCriteria, s.AccessBarriers, s.AccessBarrierNotes, s.QualityNotes, s.FundingEndDate, s.ComplaintsMechanism) =
                (n.NextSteps, n.IntakeCriteria, n.AccessBarriers, n.AccessBarrierNotes, n.QualityNotes, n.FundingEndDate, n.ComplaintsMechanism);
            Sync(s.TargetGroups, p.TargetGroupIds.Select(t => new ServiceTargetGroup { ServiceId = s.Id, TermId = t }).ToList(),
                g => g.TermId, (_, _) => { }, _ => { });
        }
        Sync(s.Phones, p.Phones, x => x.Id, CopyPhone, _ => { });
        Sync(s.Contacts, p.Contacts, x => x.Id, (from, to) => (to.Name, to.Title, to.Department, to.Email, to.Phone) = (from.Name, from.Title, from.Department, from.Email, from.Phone), _ => { });
        Sync(s.Schedules, p.Schedules, x => x.Id, (from, to) => (to.ByDay, to.OpensAt, to.ClosesAt, to.Description) = (from.ByDay, from.OpensAt, from.ClosesAt, from.Description), _ => { });
        Sync(s.Languages, p.Languages, x => x.Id, (from, to) => (to.Name, to.Code, to.Note) = (from.Name, from.Code, from.Note), _ => { });
        Sync(s.CostOptions, p.CostOptions, x => x.Id, (from, to) => (to.Option, to.Currency, to.Amount, to.AmountDescription) = (from.Option, from.Currency, from.Amount, from.AmountDescription), _ => { });
        Sync(s.RequiredDocuments, p.RequiredDocuments, x => x.Id, (from, to) => (to.Document, to.Uri) = (from.Document, from.Uri), _ => { });
        Sync(s.ServiceAreas, p.ServiceAreas, x => x.Id, (from, to) => (to.AdministrativeAreaId, to.Description) = (from.AdministrativeAreaId, from.Description), _ => { });
        // Places are matched by location: the pair (service, location) is unique.
        Sync(s.ServiceAtLocations, p.ServiceAtLocations, x => x.LocationId, (from, to) => to.Description = from.Description,
            added => added.Location = places.GetValueOrDefault(added.LocationId));
    }

    private static void CopyPhone(Phone from, Phone to) =>
        (to.Number, to.Extension, to.Type, to.Description) = (from.Number, from.Extension, from.Type, from.Description);

    /// <summary>
    /// Makes <paramref name="current"/> hold the rows of <paramref name="incoming"/> by key: a row with
    /// a stored key is updated in place, a new one added, a stored one the file no longer has deleted.
    /// Null leaves the stored rows as they are.
    /// </summary>
    private void Sync<T, TKey>(List<T> current, List<T>? incoming, Func<T, TKey> key, Action<T, T> copy, Action<T> onAdd)
        where T : class where TKey : notnull
    {
        if (incoming is null) return;
        var wanted = incoming.GroupBy(key).ToDictionary(g => g.Key, g => g.First());
        foreach (var gone in current.Where(c => !wanted.ContainsKey(key(c))).ToList())
        {
            current.Remove(gone);
            db.Remove(gone);
        }
        foreach (var (k, item) in wanted)
        {
            if (current.FirstOrDefault(c => EqualityComparer<TKey>.Default.Equals(key(c), k)) is { } match) copy(item, match);
            else
            {
                // Added explicitly: a row with its key already set would otherwise be taken for a stored one.
                current.Add(item);
                db.Add(item);
                onAdd(item);
            }
        }
    }

    /// <summary>The service's tracked fields, and a line per collection so that replaced rows show in the history too.</summary>
    private static Dictionary<string, string?> Snapshot(Service s)
    {
        var fields = ServiceHistory.Snapshot(s);
        fields["organization_id"] = s.Organisation?.HsdsId.ToString("D");
        fields["assured_date"] = s.AssuredDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        fields["assurer_email"] = s.AssurerEmail;
        fields["funding_source"] = s.FundingSource;
        fields["phones"] = List(s.Phones.Select(p => p.Number + (p.Extension is null ? "" : $" ext. {p.Extension}")));
        fields["contacts"] = List(s.Contacts.Select(c => c.Name));
        fields["schedules"] = List(s.Schedules.Select(x => $"{x.ByDay} {x.OpensAt:HH\\:mm}-{x.ClosesAt:HH\\:mm}"));
        fields["languages"] = List(s.Languages.Select(l => l.Name));
        fields["cost_options"] = List(s.CostOptions.Select(c => $"{c.Option} {c.Amount?.ToString(CultureInfo.InvariantCulture)} {c.Currency}".Trim()));
        fields["required_documents"] = List(s.RequiredDocuments.Select(d => d.Document));
        fields["service_areas"] = List(s.ServiceAreas.Select(a => a.AdministrativeAreaId.ToString(CultureInfo.InvariantCulture)));
        fields["service_at_locations"] = List(s.ServiceAtLocations.Select(x => x.LocationId.ToString("D")));
        return fields;
    }

    private static string? List(IEnumerable<string?> values)
    {
        var text = string.Join("; ", values.OfType<string>().Order(StringComparer.Ordinal));
        return text.Length == 0 ? null : text;
    }
}
