using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Services;

/// <summary>The editable fields of a service, with their validation and the apply step that records history.</summary>
public sealed partial class ServiceForm
{
    [Required(ErrorMessage = "Enter the service's name.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string Name { get; set; } = "";
    [StringLength(200)] [Display(Name = "Other name")] public string? AlternateName { get; set; }
    [StringLength(4000, ErrorMessage = "Use at most 4,000 characters.")] public string? Description { get; set; }
    [Required(ErrorMessage = "Choose a category.")] [Display(Name = "Category")] public int? CategoryId { get; set; }
    public Dimension Dimension { get; set; } = Dimension.Economic;
    public InterventionLevel Level { get; set; } = InterventionLevel.Individual;
    [Display(Name = "Target groups")] public List<int> TargetGroupIds { get; set; } = [];
    public ServiceStatus Status { get; set; } = ServiceStatus.Active;
    [Display(Name = "Published in the public directory")] public bool IsPublished { get; set; } = true;
    [Display(Name = "Open to the whole local population (mainstream)")] public bool IsMainstream { get; set; }
    [StringLength(2000)] [Display(Name = "Eligibility")] public string? EligibilityDescription { get; set; }
    [Range(0, 120, ErrorMessage = "Enter an age between 0 and 120.")] [Display(Name = "Minimum age")] public int? MinimumAge { get; set; }
    [Range(0, 120, ErrorMessage = "Enter an age between 0 and 120.")] [Display(Name = "Maximum age")] public int? MaximumAge { get; set; }
    [StringLength(1000)] [Display(Name = "Returnees covered")] public string? ReturneeCategories { get; set; }
    [Display(Name = "Referral method")] public ReferralMethod ReferralMethod { get; set; } = ReferralMethod.WalkIn;
    [Display(Name = "A referral is required")] public bool ReferralRequired { get; set; }
    [StringLength(2000)] [Display(Name = "How to apply")] public string? ApplicationProcess { get; set; }
    [StringLength(2000)] [Display(Name = "Next steps")] public string? NextSteps { get; set; }
    [StringLength(2000)] [Display(Name = "Intake criteria")] public string? IntakeCriteria { get; set; }
    [StringLength(1000)] [Display(Name = "Fees")] public string? FeesDescription { get; set; }
    [StringLength(1000)] [Display(Name = "Interpretation")] public string? InterpretationServices { get; set; }
    [Display(Name = "Access barriers")] public List<AccessBarriers> AccessBarriers { get; set; } = [];
    [StringLength(2000)] [Display(Name = "Notes on access barriers")] public string? AccessBarrierNotes { get; set; }
    [StringLength(2000)] [Display(Name = "Quality notes")] public string? QualityNotes { get; set; }
    [StringLength(300)] [Display(Name = "Funding source")] public string? FundingSource { get; set; }
    [Display(Name = "Funding ends on")] public DateOnly? FundingEndDate { get; set; }
    [StringLength(1000)] [Display(Name = "Complaints and feedback")] public string? ComplaintsMechanism { get; set; }
    [StringLength(1000)] [Display(Name = "Alert shown to visitors")] public string? Alert { get; set; }
    [Url(ErrorMessage = "Enter a full web address starting with https://.")] [StringLength(300)] public string? Url { get; set; }
    [EmailAddress(ErrorMessage = "Enter an email address like info@example.org.")] [StringLength(256)] public string? Email { get; set; }
    public List<PhoneRow> Phones { get; set; } = [];
    public List<ScheduleRow> Schedules { get; set; } = [];
    public List<LanguageRow> Languages { get; set; } = [];
    public List<ContactRow> Contacts { get; set; } = [];
    public List<CostOptionRow> CostOptions { get; set; } = [];
    public List<RequiredDocumentRow> RequiredDocuments { get; set; } = [];
    public List<ServiceAreaRow> ServiceAreas { get; set; } = [];
    /// <summary>The first place of delivery; none when the service has no place or the form did not offer it.</summary>
    public LocationRow? Location { get; set; }

    public static readonly string[] PhoneTypes = ["voice", "cell", "text", "fax", "video", "textphone"];

    public static ServiceForm From(Service s) => new()
    {
        Name = s.Name, AlternateName = s.AlternateName, Description = s.Description, CategoryId = s.CategoryId, Dimension = s.Dimension,
        Level = s.Level, TargetGroupIds = s.TargetGroups.Select(t => t.TermId).ToList(), Status = s.Status, IsPublished = s.IsPublished,
        IsMainstream = s.IsMainstream, EligibilityDescription = s.EligibilityDescription, MinimumAge = s.MinimumAge, MaximumAge = s.MaximumAge,
        ReturneeCategories = s.ReturneeCategories, ReferralMethod = s.ReferralMethod, ReferralRequired = s.ReferralRequired,
        ApplicationProcess = s.ApplicationProcess, NextSteps = s.NextSteps, IntakeCriteria = s.IntakeCriteria, FeesDescription = s.FeesDescription,
        InterpretationServices = s.InterpretationServices,
        AccessBarriers = Enum.GetValues<AccessBarriers>().Where(b => b != Domain.AccessBarriers.None && s.AccessBarriers.HasFlag(b)).ToList(),
        AccessBarrierNotes = s.AccessBarrierNotes, QualityNotes = s.QualityNotes, FundingSource = s.FundingSource, FundingEndDate = s.FundingEndDate,
        ComplaintsMechanism = s.ComplaintsMechanism, Alert = s.Alert, Url = s.Url, Email = s.Email,
        Phones = s.Phones.Select(p => new PhoneRow { Id = p.Id, Number = p.Number, Type = p.Type }).ToList(),
        Schedules = s.Schedules.Select(x => new ScheduleRow
        {
            Id = x.Id, Days = x.ByDay.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList(),
            OpensAt = x.OpensAt, ClosesAt = x.ClosesAt, Description = x.Description,
        }).ToList(),
        Languages = s.Languages.Select(l => new LanguageRow { Id = l.Id, Name = l.Name, Code = l.Code, Note = l.Note }).ToList(),
        Contacts = s.Contacts.Select(c => new ContactRow { Id = c.Id, Name = c.Name, Title = c.Title, Email = c.Email, Phone = c.Phone }).ToList(),
        CostOptions = s.CostOptions.Select(c => new CostOptionRow
            { Id = c.Id, Option = c.Option, Currency = c.Currency, Amount = c.Amount, AmountDescription = c.AmountDescription }).ToList(),
        RequiredDocuments = s.RequiredDocuments.Select(d => new RequiredDocumentRow { Id = d.Id, Document = d.Document, Uri = d.Uri }).ToList(),
        ServiceAreas = s.ServiceAreas.Select(a => new ServiceAreaRow { Id = a.Id, AdministrativeAreaId = a.AdministrativeAreaId, Description = a.Description }).ToList(),
        Location = FirstLocation(s) is { } place ? LocationRow.From(place) : null,
    };

    /// <summary>Checks what the attributes cannot; <paramref name="areaChoices"/> are the areas a service area may name.</summary>
    public async Task ValidateAsync(PortalDbContext db, ModelStateDictionary modelState, string prefix, IReadOnlySet<int> areaChoices)
    {
        if (CategoryId is not null && !await db.TaxonomyTerms.AnyAsync(t => t.Id == CategoryId && t.Taxonomy == Taxonomy.ServiceCategory))
            modelState.AddModelError($"{prefix}.{nameof(CategoryId)}", "Choose a category from the list.");
        var groups = TargetGroupIds.Distinct().ToList();
        if (groups.Count > 0 && await db.TaxonomyTerms.CountAsync(t => groups.Contains(t.Id) && t.Taxonomy == Taxonomy.TargetGroup) != groups.Count)
            modelState.AddModelError($"{prefix}.{nameof(TargetGroupIds)}", "Choose target groups from the list.");
        if (MinimumAge is { } min && MaximumAge is { } max && min > max)
            modelState.AddModelError($"{prefix}.{nameof(MaximumAge)}", "The maximum age cannot be below the minimum age.");
        if (!Enum.IsDefined(Status)) modelState.AddModelError($"{prefix}.{nameof(Status)}", "Choose a status from the list.");
        if (!Enum.IsDefined(ReferralMethod)) modelState.AddModelError($"{prefix}.{nameof(ReferralMethod)}", "Choose a referral method from the list.");
        if (!Enum.IsDefined(Dimension)) modelState.AddModelError($"{prefix}.{nameof(Dimension)}", "Choose a dimension from the list.");
        if (!Enum.IsDefined(Level)) modelState.AddModelError($"{prefix}.{nameof(Level)}", "Choose a level from the list.");
        void Flag<TRow>(List<TRow> rows, string list, string field, Func<TRow, bool> wrong, string message) where TRow : IServiceFormRow
        {
            for (var i = 0; i < rows.Count; i++)
                if (!rows[i].IsBlank() && wrong(rows[i])) modelState.AddModelError($"{prefix}.{list}[{i}].{field}", message);
        }
        Flag(Phones, nameof(Phones), nameof(PhoneRow.Type), r => r.Type is { Length: > 0 } type && !PhoneTypes.Contains(type), "Choose a phone type from the list.");
        Flag(Schedules, nameof(Schedules), nameof(ScheduleRow.Days), r => ByDay(r.Days).Length == 0, "Tick at least one day.");
        Flag(Schedules, nameof(Schedules), nameof(ScheduleRow.Days), r => r.Days.Any(d => WeekDays.All(w => w.Code != d)), "Tick days from the list.");
        Flag(Schedules, nameof(Schedules), nameof(ScheduleRow.ClosesAt), r => r is { OpensAt: { } opens, ClosesAt: { } closes } && closes <= opens,
            "The closing time must be after the opening time.");
        Flag(Languages, nameof(Languages), nameof(LanguageRow.Name), r => Blank(r.Name) is null, "Enter the language's name.");
        Flag(Contacts, nameof(Contacts), nameof(ContactRow.Name), r => Blank(r.Name) is null, "Enter the contact's name.");
        Flag(RequiredDocuments, nameof(RequiredDocuments), nameof(RequiredDocumentRow.Document), r => Blank(r.Document) is null, "Enter the document's name.");
        Flag(ServiceAreas, nameof(ServiceAreas), nameof(ServiceAreaRow.AdministrativeAreaId), r => r.AdministrativeAreaId is not { } area || !areaChoices.Contains(area),
            "Choose an area from the list.");
    }

    /// <summary>Writes the form into the service and returns the history rows of what changed.</summary>
    public List<ServiceChange> ApplyTo(Service s, string updatedBy, DateTime nowUtc)
    {
        var before = ServiceHistory.Snapshot(s);
        s.Name = Name.Trim(); s.AlternateName = Blank(AlternateName); s.Description = Blank(Description); s.CategoryId = CategoryId!.Value;
        s.Dimension = Dimension; s.Level = Level; s.Status = Status; s.IsPublished = IsPublished; s.IsMainstream = IsMainstream;
        s.EligibilityDescription = Blank(EligibilityDescription); s.MinimumAge = MinimumAge; s.MaximumAge = MaximumAge;
        s.ReturneeCategories = Blank(ReturneeCategories); s.ReferralMethod = ReferralMethod; s.ReferralRequired = ReferralRequired;
        s.ApplicationProcess = Blank(ApplicationProcess); s.NextSteps = Blank(NextSteps); s.IntakeCriteria = Blank(IntakeCriteria);
        s.FeesDescription = Blank(FeesDescription); s.InterpretationServices = Blank(InterpretationServices);
        s.AccessBarriers = AccessBarriers.Aggregate(Domain.AccessBarriers.None, (all, b) => all | b);
        s.AccessBarrierNotes = Blank(AccessBarrierNotes); s.QualityNotes = Blank(QualityNotes); s.FundingSource = Blank(FundingSource);
        s.FundingEndDate = FundingEndDate; s.ComplaintsMechanism = Blank(ComplaintsMechanism); s.Alert = Blank(Alert);
        s.Url = Blank(Url); s.Email = Blank(Email);
        var wantedGroups = TargetGroupIds.Distinct().ToHashSet();
        s.TargetGroups.RemoveAll(t => !wantedGroups.Contains(t.TermId));
        foreach (var id in wantedGroups.Where(id => s.TargetGroups.All(t => t.TermId != id)))
            s.TargetGroups.Add(new ServiceTargetGroup { ServiceId = s.Id, TermId = id });

        var changes = ServiceHistory.Changes(s.Id, "service", s.Id, before, ServiceHistory.Snapshot(s), updatedBy, nowUtc).ToList();
        changes.AddRange(ApplyRows(s, updatedBy, nowUtc));
        if (changes.Count > 0)
        {
            s.LastModifiedUtc = nowUtc;
            s.Version = Guid.NewGuid();
        }
        return changes;
    }

    /// <summary>Applies the form and queues its history rows and audit entry in the unit of work; the caller saves.</summary>
    public int ApplyAndRecord(Service s, PortalDbContext db, AuditLog audit, string updatedBy, DateTime nowUtc)
    {
        var changes = ApplyTo(s, updatedBy, nowUtc);
        db.ServiceChanges.AddRange(changes);
        if (changes.Count > 0)
            audit.Record("service.updated", nameof(Service), s.Id.ToString(), changes.Select(c => new FieldChange(c.FieldName, c.PreviousValue, c.ReplacementValue)));
        return changes.Count;
    }
}
