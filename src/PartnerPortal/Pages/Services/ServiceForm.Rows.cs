using System.ComponentModel.DataAnnotations;
using System.Globalization;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Services;

/// <summary>One editable row of a service's child collection: the record's id (none for a new row) and whether it was left empty.</summary>
public interface IServiceFormRow
{
    Guid? Id { get; }
    /// <summary>An empty row adds nothing; an existing row emptied removes its record.</summary>
    bool IsBlank();
}

/// <summary>The row lists of the service form (phones, opening hours, languages …) and the one diff that applies them all.</summary>
public sealed partial class ServiceForm
{
    public const string PhoneNumberPattern = @"^\+?[0-9 ()\-]{6,30}$";
    public const string PhoneNumberMessage = "Enter a phone number with digits, spaces and an optional leading +.";
    /// <summary>RFC 5545 day codes in week order, with the names the form shows.</summary>
    public static readonly (string Code, string Name)[] WeekDays =
        [("MO", "Mon"), ("TU", "Tue"), ("WE", "Wed"), ("TH", "Thu"), ("FR", "Fri"), ("SA", "Sat"), ("SU", "Sun")];

    public sealed class PhoneRow : IServiceFormRow
    {
        public Guid? Id { get; set; }
        [RegularExpression(PhoneNumberPattern, ErrorMessage = PhoneNumberMessage)]
        public string? Number { get; set; }
        public string? Type { get; set; }
        public bool IsBlank() => Blank(Number) is null;
    }

    public sealed class ScheduleRow : IServiceFormRow
    {
        public Guid? Id { get; set; }
        public List<string> Days { get; set; } = [];
        public TimeOnly? OpensAt { get; set; }
        public TimeOnly? ClosesAt { get; set; }
        [StringLength(500, ErrorMessage = "Use at most 500 characters.")] public string? Description { get; set; }
        public bool IsBlank() => Days.Count == 0 && OpensAt is null && ClosesAt is null && Blank(Description) is null;
    }

    public sealed class LanguageRow : IServiceFormRow
    {
        public Guid? Id { get; set; }
        [StringLength(100, ErrorMessage = "Use at most 100 characters.")] public string? Name { get; set; }
        [RegularExpression("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", ErrorMessage = "Enter an ISO 639 code such as fr or sus.")]
        public string? Code { get; set; }
        [StringLength(300, ErrorMessage = "Use at most 300 characters.")] public string? Note { get; set; }
        public bool IsBlank() => Blank(Name) is null && Blank(Code) is null && Blank(Note) is null;
    }

    public sealed class ContactRow : IServiceFormRow
    {
        public Guid? Id { get; set; }
        [StringLength(200, ErrorMessage = "Use at most 200 characters.")] public string? Name { get; set; }
        [StringLength(200, ErrorMessage = "Use at most 200 characters.")] public string? Title { get; set; }
        [EmailAddress(ErrorMessage = "Enter an email address like info@example.org.")] [StringLength(256)] public string? Email { get; set; }
        [RegularExpression(PhoneNumberPattern, ErrorMessage = PhoneNumberMessage)] public string? Phone { get; set; }
        public bool IsBlank() => Blank(Name) is null && Blank(Title) is null && Blank(Email) is null && Blank(Phone) is null;
    }

    public sealed class CostOptionRow : IServiceFormRow
    {
        public Guid? Id { get; set; }
        [StringLength(300, ErrorMessage = "Use at most 300 characters.")] public string? Option { get; set; }
        [RegularExpression("^[A-Za-z]{3}$", ErrorMessage = "Enter a three-letter currency code such as GNF.")] public string? Currency { get; set; }
        [Range(0d, 1e15, ErrorMessage = "Enter an amount of 0 or more.")] public decimal? Amount { get; set; }
        [StringLength(500, ErrorMessage = "Use at most 500 characters.")] public string? AmountDescription { get; set; }
        public bool IsBlank() => Blank(Option) is null && Blank(Currency) is null && Amount is null && Blank(AmountDescription) is null;
    }

    public sealed class RequiredDocumentRow : IServiceFormRow
    {
        public Guid? Id { get; set; }
        [StringLength(300, ErrorMessage = "Use at most 300 characters.")] public string? Document { get; set; }
        [Url(ErrorMessage = "Enter a full web address starting with https://.")] [StringLength(300)] public string? Uri { get; set; }
        public bool IsBlank() => Blank(Document) is null && Blank(Uri) is null;
    }

    public sealed class ServiceAreaRow : IServiceFormRow
    {
        public Guid? Id { get; set; }
        public int? AdministrativeAreaId { get; set; }
        [StringLength(500, ErrorMessage = "Use at most 500 characters.")] public string? Description { get; set; }
        public bool IsBlank() => AdministrativeAreaId is null && Blank(Description) is null;
    }

    /// <summary>The address and access of the service's first place of delivery; the place itself is shared by its services.</summary>
    public sealed class LocationRow
    {
        public Guid Id { get; set; }
        [Display(Name = "Address")] [StringLength(300, ErrorMessage = "Use at most 300 characters.")] public string? Address1 { get; set; }
        [Display(Name = "Town or city")] [StringLength(200, ErrorMessage = "Use at most 200 characters.")] public string? City { get; set; }
        [Display(Name = "State or province")] [StringLength(200, ErrorMessage = "Use at most 200 characters.")] public string? StateProvince { get; set; }
        [Display(Name = "Postal code")] [StringLength(20, ErrorMessage = "Use at most 20 characters.")] public string? PostalCode { get; set; }
        [Display(Name = "Accessibility")] [StringLength(1000, ErrorMessage = "Use at most 1,000 characters.")] public string? AccessibilityDescription { get; set; }
        [Display(Name = "Accessibility details")] [StringLength(2000, ErrorMessage = "Use at most 2,000 characters.")] public string? AccessibilityDetails { get; set; }
        [Display(Name = "Getting there")] [StringLength(1000, ErrorMessage = "Use at most 1,000 characters.")] public string? Transportation { get; set; }

        public static LocationRow From(Location l) => new()
        {
            Id = l.Id, Address1 = l.Address1, City = l.City, StateProvince = l.StateProvince, PostalCode = l.PostalCode,
            AccessibilityDescription = l.AccessibilityDescription, AccessibilityDetails = l.AccessibilityDetails, Transportation = l.Transportation,
        };

        public static Dictionary<string, string?> Snapshot(Location l) => new()
        {
            ["address_1"] = l.Address1, ["city"] = l.City, ["state_province"] = l.StateProvince, ["postal_code"] = l.PostalCode,
            ["accessibility_description"] = l.AccessibilityDescription, ["accessibility_details"] = l.AccessibilityDetails,
            ["transportation"] = l.Transportation,
        };

        /// <summary>Writes the row into its location when the service is delivered there; returns the history rows.</summary>
        public List<ServiceChange> ApplyTo(Service s, string by, DateTime at)
        {
            if (s.ServiceAtLocations.Select(x => x.Location).FirstOrDefault(l => l?.Id == Id) is not { } l) return [];
            var before = Snapshot(l);
            l.Address1 = Blank(Address1); l.City = Blank(City); l.StateProvince = Blank(StateProvince); l.PostalCode = Blank(PostalCode);
            l.AccessibilityDescription = Blank(AccessibilityDescription); l.AccessibilityDetails = Blank(AccessibilityDetails);
            l.Transportation = Blank(Transportation);
            var changes = ServiceHistory.Changes(s.Id, "location", l.Id, before, Snapshot(l), by, at).ToList();
            if (changes.Count > 0) l.LastModifiedUtc = at;
            return changes;
        }
    }

    /// <summary>The service's first place of delivery, in a stable order.</summary>
    public static Location? FirstLocation(Service s) =>
        s.ServiceAtLocations.Select(x => x.Location).OfType<Location>().OrderBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Id).FirstOrDefault();

    /// <summary>Every row list, applied to the service's collections, with one history row per created, changed or deleted field.</summary>
    private List<ServiceChange> ApplyRows(Service s, string by, DateTime at)
    {
        var changes = new List<ServiceChange>();
        void Apply<TRow, TRecord>(string resourceType, List<TRow> rows, List<TRecord> records, Func<TRecord, Guid> idOf,
            Func<TRecord, Dictionary<string, string?>> snapshot, Func<TRecord> create, Action<TRow, TRecord> write)
            where TRow : IServiceFormRow where TRecord : class =>
            changes.AddRange(DiffRows(s.Id, resourceType, rows, records, idOf, snapshot, create, write, by, at));

        Apply("phone", Phones, s.Phones, p => p.Id, p => new() { ["number"] = p.Number, ["type"] = p.Type },
            () => new Phone { ServiceId = s.Id, Number = "" },
            (r, p) => { p.Number = Blank(r.Number)!; p.Type = Blank(r.Type); });
        Apply("schedule", Schedules, s.Schedules, x => x.Id,
            x => new() { ["byday"] = x.ByDay, ["opens_at"] = x.OpensAt?.ToString("HH:mm"), ["closes_at"] = x.ClosesAt?.ToString("HH:mm"), ["description"] = x.Description },
            () => new Schedule { ServiceId = s.Id, ByDay = "" },
            (r, x) => { x.ByDay = ByDay(r.Days); x.OpensAt = r.OpensAt; x.ClosesAt = r.ClosesAt; x.Description = Blank(r.Description); });
        Apply("language", Languages, s.Languages, l => l.Id, l => new() { ["name"] = l.Name, ["code"] = l.Code, ["note"] = l.Note },
            () => new ServiceLanguage { ServiceId = s.Id, Name = "" },
            (r, l) => { l.Name = Blank(r.Name)!; l.Code = Blank(r.Code)?.ToLowerInvariant(); l.Note = Blank(r.Note); });
        Apply("contact", Contacts, s.Contacts, c => c.Id,
            c => new() { ["name"] = c.Name, ["title"] = c.Title, ["department"] = c.Department, ["email"] = c.Email, ["phone"] = c.Phone },
            () => new Contact { ServiceId = s.Id, Name = "" },
            (r, c) => { c.Name = Blank(r.Name)!; c.Title = Blank(r.Title); c.Email = Blank(r.Email); c.Phone = Blank(r.Phone); });
        Apply("cost_option", CostOptions, s.CostOptions, c => c.Id,
            c => new() { ["option"] = c.Option, ["currency"] = c.Currency, ["amount"] = Amount(c.Amount), ["amount_description"] = c.AmountDescription },
            () => new CostOption { ServiceId = s.Id },
            (r, c) => { c.Option = Blank(r.Option); c.Currency = Blank(r.Currency)?.ToUpperInvariant(); c.Amount = r.Amount; c.AmountDescription = Blank(r.AmountDescription); });
        Apply("required_document", RequiredDocuments, s.RequiredDocuments, d => d.Id, d => new() { ["document"] = d.Document, ["uri"] = d.Uri },
            () => new RequiredDocument { ServiceId = s.Id, Document = "" },
            (r, d) => { d.Document = Blank(r.Document)!; d.Uri = Blank(r.Uri); });
        Apply("service_area", ServiceAreas, s.ServiceAreas, a => a.Id,
            a => new() { ["administrative_area_id"] = a.AdministrativeAreaId.ToString(CultureInfo.InvariantCulture), ["description"] = a.Description },
            () => new ServiceArea { ServiceId = s.Id },
            (r, a) => { a.AdministrativeAreaId = r.AdministrativeAreaId!.Value; a.Description = Blank(r.Description); });
        if (Location is not null) changes.AddRange(Location.ApplyTo(s, by, at));
        return changes;
    }

    /// <summary>
    /// Rows against records by id: an empty new row is skipped, a filled new row creates a record, an emptied row deletes
    /// its record and any other row updates it. Each outcome is recorded field by field from before/after snapshots.
    /// </summary>
    public static List<ServiceChange> DiffRows<TRow, TRecord>(Guid serviceId, string resourceType, IEnumerable<TRow> rows, List<TRecord> records,
        Func<TRecord, Guid> idOf, Func<TRecord, Dictionary<string, string?>> snapshot, Func<TRecord> create, Action<TRow, TRecord> write,
        string by, DateTime at) where TRow : IServiceFormRow where TRecord : class
    {
        var changes = new List<ServiceChange>();
        foreach (var row in rows)
        {
            var existing = row.Id is { } id ? records.FirstOrDefault(r => idOf(r) == id) : null;
            if (existing is null && row.IsBlank()) continue;
            if (existing is null)
            {
                var created = create();
                write(row, created);
                records.Add(created);
                changes.AddRange(ServiceHistory.Changes(serviceId, resourceType, idOf(created), new Dictionary<string, string?>(), snapshot(created), by, at, "create"));
            }
            else if (row.IsBlank())
            {
                var before = snapshot(existing);
                records.Remove(existing);
                var gone = before.ToDictionary(kv => kv.Key, _ => (string?)null);
                changes.AddRange(ServiceHistory.Changes(serviceId, resourceType, idOf(existing), before, gone, by, at, "delete"));
            }
            else
            {
                var before = snapshot(existing);
                write(row, existing);
                changes.AddRange(ServiceHistory.Changes(serviceId, resourceType, idOf(existing), before, snapshot(existing), by, at));
            }
        }
        return changes;
    }

    /// <summary>The ticked days as an RFC 5545 BYDAY list in week order.</summary>
    public static string ByDay(IEnumerable<string> days) => string.Join(",", WeekDays.Select(d => d.Code).Where(days.Contains));

    private static string? Amount(decimal? amount) => amount?.ToString("0.############", CultureInfo.InvariantCulture);

    private static string? Blank(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}
