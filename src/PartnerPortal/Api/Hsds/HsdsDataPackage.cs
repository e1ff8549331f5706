using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Pages.Services;

namespace PartnerPortal.Api.Hsds;

/// <summary>
/// The HSDS Tabular Data Package export: a zip of <c>datapackage.json</c> and one RFC 4180 CSV file
/// per HSDS table, with the same exposure rule as the API.
/// </summary>
/// <remarks>
/// The resources (names, paths, field lists and types, keys) are those of the HSDS 3.0 descriptor,
/// embedded from <c>ReferenceData/hsds/datapackage.json</c>. Every resource is present; a table we
/// have no data for (programs, organization identifiers, meta table descriptions) has its header only.
/// A row is the same HSDS object the API returns, its scalar properties written under the column of
/// the same name. The zip goes out to the response in chunks while the rows stream from the
/// database: nothing is held in memory beyond a chunk of about 64 KiB and the writers' buffers.
/// </remarks>
public sealed class HsdsDataPackage(PortalDbContext db, HsdsDirectory directory, TimeProvider clock)
{
    public const string FileName = "hsds-datapackage.zip";
    private const string DescriptorResource = "PartnerPortal.ReferenceData.hsds.datapackage.json";

    private static readonly Lazy<JsonObject> Specification = new(() =>
    {
        using var stream = typeof(HsdsDataPackage).Assembly.GetManifestResourceStream(DescriptorResource)
            ?? throw new InvalidOperationException($"Embedded resource {DescriptorResource} is missing.");
        return JsonNode.Parse(stream)!.AsObject();
    });

    /// <summary>The HSDS resources, in the descriptor's order.</summary>
    public static IEnumerable<JsonObject> SpecificationResources => Specification.Value["resources"]!.AsArray().Select(r => r!.AsObject());

    public async Task WriteAsync(HttpContext http, CancellationToken ct)
    {
        http.Response.ContentType = "application/zip";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName}\"";
        http.Response.Headers.CacheControl = "public, max-age=300";
        if (HttpMethods.IsHead(http.Request.Method)) return;
        var created = clock.GetUtcNow().UtcDateTime;
        var terms = await directory.TermsAsync(ct);

        // ZipArchive writes synchronously (entry streams flush on Dispose), which the server refuses
        // on the response body: it writes into a small buffer that is drained to the response
        // asynchronously as it fills.
        var output = new DrainedBuffer(http.Response.Body);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var resources = SpecificationResources.ToList();
            await using (var descriptor = zip.CreateEntry("datapackage.json", CompressionLevel.Optimal).Open())
                await JsonSerializer.SerializeAsync(descriptor, Descriptor(resources, created), new JsonSerializerOptions(HsdsApi.Json) { WriteIndented = true }, ct);
            await output.DrainAsync(ct);

            foreach (var resource in resources)
            {
                var fields = resource["schema"]!["fields"]!.AsArray().Select(f => (string)f!["name"]!).ToArray();
                await using (var entry = zip.CreateEntry((string)resource["path"]!, CompressionLevel.Optimal).Open())
                await using (var csv = CsvWriter.Create(entry, CsvWriterOptions.Default, leaveOpen: true))
                {
                    csv.WriteHeader(fields);
                    var columns = new Dictionary<Type, Func<object, string?>[]>();
                    await foreach (var row in Rows((string)resource["name"]!, terms, ct))
                    {
                        var type = row.GetType();
                        if (!columns.TryGetValue(type, out var getters)) columns[type] = getters = Columns(type, fields);
                        await csv.WriteRecordAsync(getters.Select(g => g(row) ?? "").ToArray(), ct);
                        if (output.IsFull) await output.DrainAsync(ct);
                    }
                }
                await output.DrainAsync(ct);
            }
        }
        await output.DrainAsync(ct);
    }

    /// <summary>A write-only stream that keeps what is written until <see cref="DrainAsync"/> sends it on.</summary>
    private sealed class DrainedBuffer(Stream destination) : Stream
    {
        private const int DrainAt = 64 * 1024;
        private readonly MemoryStream _buffer = new();

        public bool IsFull => _buffer.Length >= DrainAt;

        public async Task DrainAsync(CancellationToken ct)
        {
            if (_buffer.Length == 0) return;
            await destination.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), ct);
            _buffer.SetLength(0);
        }

        public override void Write(byte[] buffer, int offset, int count) => _buffer.Write(buffer, offset, count);
        public override void Write(ReadOnlySpan<byte> buffer) => _buffer.Write(buffer);
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct)
        {
            _buffer.Write(buffer, offset, count);
            return Task.CompletedTask;
        }
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
        {
            _buffer.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
        public override void Flush() { }
        public override Task FlushAsync(CancellationToken ct) => Task.CompletedTask;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>The package descriptor: our name and date, the HSDS resources as they are (plus the encoding).</summary>
    private static JsonObject Descriptor(IEnumerable<JsonObject> resources, DateTime created)
    {
        var list = new JsonArray();
        foreach (var resource in resources)
        {
            var copy = resource.DeepClone().AsObject();
            copy["encoding"] = "utf-8";
            list.Add(copy);
        }
        return new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = "partnerportal-hsds",
            ["title"] = "PartnerPortal service directory",
            ["description"] = "The public services of the reintegration network's service directory, in the Open Referral Human Services "
                + "Data Specification (HSDS) 3.0. Returnee-specific fields are attributes linked to the terms of the taxonomy "
                + $"\"{HsdsTaxonomies.ExtensionTaxonomyName}\".",
            ["version"] = HsdsApi.HsdsVersion,
            ["created"] = created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["resources"] = list,
        };
    }

    // ------------------------------------------------------------------ rows of each table

    private IAsyncEnumerable<object> Rows(string resource, IReadOnlyDictionary<int, TaxonomyTerm> terms, CancellationToken ct) => resource switch
    {
        "organization" => Map(directory.Organisations.Include(o => o.Parent).OrderBy(o => o.HsdsId), HsdsMapper.Organization, ct),
        "service" => Map(directory.Services.Include(s => s.Organisation).OrderBy(s => s.Id), HsdsMapper.Service, ct),
        "attribute" => AttributesAsync(terms, ct),
        "service_at_location" => Map(directory.ServiceAtLocations.OrderBy(x => x.Id), x => HsdsMapper.ServiceAtLocation(x, null), ct),
        "location" => Map(LocationsQuery(), l => HsdsMapper.Location(l, null, nested: false), ct),
        "phone" => PhonesAsync(ct),
        "contact" => Map(ForExposedServices(db.Contacts, c => c.ServiceId).OrderBy(c => c.Id), HsdsMapper.Contact, ct),
        "address" => Map(LocationsQuery(), HsdsMapper.Address, ct),
        "schedule" => Map(ForExposedServices(db.Schedules, x => x.ServiceId).OrderBy(x => x.Id), HsdsMapper.Schedule, ct),
        "funding" => Map(directory.Services.OrderBy(s => s.Id), HsdsMapper.Funding, ct),
        "service_area" => Map(ForExposedServices(db.ServiceAreas, a => a.ServiceId).Include(a => a.AdministrativeArea).OrderBy(a => a.Id),
            HsdsMapper.ServiceArea, ct),
        "required_document" => Map(ForExposedServices(db.RequiredDocuments, d => d.ServiceId).OrderBy(d => d.Id), HsdsMapper.RequiredDocument, ct),
        "language" => Map(ForExposedServices(db.ServiceLanguages, l => l.ServiceId).OrderBy(l => l.Id), HsdsMapper.Language, ct),
        "accessibility" => Map(LocationsQuery(), HsdsMapper.Accessibility, ct),
        "taxonomy_term" => TaxonomyTermsAsync(ct),
        "metadata" => Map(ForExposedServices(db.ServiceChanges, c => c.ServiceId).OrderBy(c => c.ServiceId).ThenBy(c => c.AtUtc),
            HsdsMapper.Metadata, ct),
        "cost_option" => Map(ForExposedServices(db.CostOptions, c => c.ServiceId).OrderBy(c => c.Id), HsdsMapper.CostOption, ct),
        "taxonomy" => HsdsTaxonomies.All.ToAsyncEnumerable(),
        _ => AsyncEnumerable.Empty<object>(),
    };

    private IQueryable<Location> LocationsQuery() =>
        directory.Locations.Include(l => l.AdministrativeArea).Include(l => l.Organisation).OrderBy(l => l.Id);

    /// <summary>Rows of a table that hangs off services, restricted to public services.</summary>
    private IQueryable<T> ForExposedServices<T>(IQueryable<T> rows, System.Linq.Expressions.Expression<Func<T, Guid>> serviceId) where T : class
    {
        var exposed = db.Services.PubliclyVisible().Select(s => s.Id);
        var parameter = serviceId.Parameters[0];
        var contains = System.Linq.Expressions.Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(Guid)],
            exposed.Expression, serviceId.Body);
        return rows.AsNoTracking().Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(contains, parameter));
    }

    private static async IAsyncEnumerable<object> Map<T, TOut>(IQueryable<T> query, Func<T, TOut?> map,
        [EnumeratorCancellation] CancellationToken ct) where TOut : class
    {
        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(ct))
            if (map(row) is { } mapped) yield return mapped;
    }

    /// <summary>Category, target group and extension attributes of services, then the type of each organisation.</summary>
    private async IAsyncEnumerable<object> AttributesAsync(IReadOnlyDictionary<int, TaxonomyTerm> terms, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var s in directory.Services.OrderBy(s => s.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (terms.TryGetValue(s.CategoryId, out var category))
                yield return HsdsMapper.TermAttribute(s.Id, "service", "category", category, terms);
            foreach (var attribute in HsdsMapper.ExtensionAttributes(s)) yield return attribute;
        }
        await foreach (var g in ForExposedServices(db.ServiceTargetGroups, g => g.ServiceId).OrderBy(g => g.ServiceId).ThenBy(g => g.TermId)
                           .AsAsyncEnumerable().WithCancellation(ct))
            if (terms.TryGetValue(g.TermId, out var term))
                yield return HsdsMapper.TermAttribute(g.ServiceId, "service", "target_group", term, terms);
        await foreach (var o in directory.Organisations.OrderBy(o => o.HsdsId).AsAsyncEnumerable().WithCancellation(ct))
            if (terms.TryGetValue(o.TypeId, out var type))
                yield return HsdsMapper.TermAttribute(o.HsdsId, "organization", "organization_type", type, terms);
    }

    /// <summary>Phones of public services, of locations where public services are delivered, of organisations and of contacts.</summary>
    private async IAsyncEnumerable<object> PhonesAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var exposed = db.Services.PubliclyVisible().Select(s => s.Id);
        var locations = directory.Locations.Select(l => l.Id);
        var phones = db.Phones.AsNoTracking()
            .Where(p => (p.ServiceId != null && exposed.Contains(p.ServiceId.Value))
                || (p.ServiceId == null && p.LocationId != null && locations.Contains(p.LocationId.Value)))
            .OrderBy(p => p.Id);
        await foreach (var p in phones.AsAsyncEnumerable().WithCancellation(ct)) yield return HsdsMapper.Phone(p);
        await foreach (var o in directory.Organisations.Where(o => o.Phone != null && o.Phone != "").OrderBy(o => o.HsdsId).AsAsyncEnumerable().WithCancellation(ct))
            if (HsdsMapper.OrganizationPhone(o) is { } phone) yield return phone;
        await foreach (var c in ForExposedServices(db.Contacts, c => c.ServiceId).Where(c => c.Phone != null && c.Phone != "").OrderBy(c => c.Id)
                           .AsAsyncEnumerable().WithCancellation(ct))
            foreach (var phone in HsdsMapper.Contact(c).Phones ?? []) yield return phone;
    }

    private async IAsyncEnumerable<object> TaxonomyTermsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var stored = directory.Terms.OrderBy(t => t.Taxonomy).ThenBy(t => t.Code)
            .Select(t => new { Term = t, ParentHsdsId = t.Parent == null ? (Guid?)null : t.Parent.HsdsId });
        await foreach (var x in stored.AsAsyncEnumerable().WithCancellation(ct)) yield return HsdsMapper.Term(x.Term, x.ParentHsdsId);
        foreach (var field in HsdsTaxonomies.ExtensionFields) yield return HsdsTaxonomies.ExtensionTerm(field);
    }

    // ------------------------------------------------------------------ CSV columns

    /// <summary>
    /// For each column, how to read its value from an HSDS object: the property whose JSON name is the
    /// column name. A column without such a property (a field we do not have) stays empty.
    /// </summary>
    private static Func<object, string?>[] Columns(Type type, string[] fields)
    {
        var byName = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name));
        return fields.Select(field => byName.TryGetValue(field, out var property) && IsScalar(property.PropertyType)
            ? (Func<object, string?>)(row => Format(property.GetValue(row)))
            : _ => null).ToArray();
    }

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) || t.IsPrimitive || t == typeof(decimal);
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
