using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;

namespace PartnerPortal.Pages.Services;

/// <summary>The editable fields of a service, with their validation and the apply step that records history.</summary>
public sealed class ServiceForm
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

    public sealed class PhoneRow
    {
        public Guid? Id { get; set; }
        [RegularExpression(@"^\+?[0-9 ()\-]{6,30}$", ErrorMessage = "Enter a phone number with digits, spaces and an optional leading +.")]
        public string? Number { get; set; }
        public string? Type { get; set; }
    }

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
    };

    public async Task ValidateAsync(PortalDbContext db, ModelStateDictionary modelState, string prefix)
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
        for (var i = 0; i < Phones.Count; i++)
            if (Phones[i].Type is { Length: > 0 } type && !PhoneTypes.Contains(type))
                modelState.AddModelError($"{prefix}.{nameof(Phones)}[{i}].Type", "Choose a phone type from the list.");
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
        changes.AddRange(ApplyPhones(s, updatedBy, nowUtc));
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

    /// <summary>Phones by row: a cleared number removes the phone, a new number adds one.</summary>
    public List<ServiceChange> ApplyPhones(Service s, string updatedBy, DateTime nowUtc)
    {
        var changes = new List<ServiceChange>();
        foreach (var row in Phones)
        {
            var number = Blank(row.Number);
            var type = Blank(row.Type);
            var existing = row.Id is { } id ? s.Phones.FirstOrDefault(p => p.Id == id) : null;
            if (existing is null && number is null) continue;
            if (existing is null)
            {
                var phone = new Phone { ServiceId = s.Id, Number = number!, Type = type };
                s.Phones.Add(phone);
                changes.Add(Change(s, phone.Id, "create", "number", null, number, updatedBy, nowUtc));
            }
            else if (number is null)
            {
                s.Phones.Remove(existing);
                changes.Add(Change(s, existing.Id, "delete", "number", existing.Number, null, updatedBy, nowUtc));
            }
            else
            {
                if (existing.Number != number) changes.Add(Change(s, existing.Id, "update", "number", existing.Number, number, updatedBy, nowUtc));
                if (existing.Type != type) changes.Add(Change(s, existing.Id, "update", "type", existing.Type, type, updatedBy, nowUtc));
                existing.Number = number;
                existing.Type = type;
            }
        }
        return changes;
    }

    private static ServiceChange Change(Service s, Guid phoneId, string action, string field, string? before, string? after, string by, DateTime at) => new()
    {
        ServiceId = s.Id, ResourceType = "phone", ResourceId = phoneId, AtUtc = at, ActionType = action, FieldName = field,
        PreviousValue = before, ReplacementValue = after, UpdatedBy = by,
    };

    private static string? Blank(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}
