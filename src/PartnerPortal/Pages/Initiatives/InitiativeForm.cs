using System.ComponentModel.DataAnnotations;
using System.Globalization;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Initiatives;

namespace PartnerPortal.Pages.Initiatives;

/// <summary>An initiative as edited on the Edit page; <see cref="ApplyTo"/> writes it onto the entity. Rules: InitiativeForm.Validation.cs.</summary>
public sealed partial class InitiativeForm
{
    public sealed class PartnerRow
    {
        public int? OrganisationId { get; set; }
        public ParticipatingRole? Role { get; set; }
    }

    public sealed class GroupRow
    {
        public int? TermId { get; set; }
        public int Count { get; set; }
    }

    [Required(ErrorMessage = "Enter the initiative's title.")]
    [StringLength(300, ErrorMessage = "Use at most 300 characters.")]
    public string Title { get; set; } = "";
    [StringLength(4000, ErrorMessage = "Use at most 4,000 characters.")]
    public string? Summary { get; set; }
    [Required(ErrorMessage = "Choose the type of initiative.")]
    public int? TypeId { get; set; }
    public List<int> ThemeIds { get; set; } = [];
    public List<DimensionSet> Dimensions { get; set; } = [];
    public int? SectorId { get; set; }
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string? ValueChain { get; set; }

    [Required(ErrorMessage = "Choose the country.")]
    public string? CountryCode { get; set; }
    public int? AdministrativeAreaId { get; set; }
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string? Locality { get; set; }
    public int? LeadOrganisationId { get; set; }
    public List<PartnerRow> Partners { get; set; } = [];
    public List<int> ProgrammeIds { get; set; } = [];
    public List<int> AgreementIds { get; set; } = [];

    public decimal? Budget { get; set; }
    public string? Currency { get; set; }
    public decimal? CoFunding { get; set; }
    [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
    public string? CoFundingSource { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public ActivityStatus Status { get; set; } = ActivityStatus.Pipeline;

    public int ReturneesFemale { get; set; }
    public int ReturneesMale { get; set; }
    public int CommunityMembersFemale { get; set; }
    public int CommunityMembersMale { get; set; }
    public List<GroupRow> OtherGroups { get; set; } = [];
    public int? HouseholdsReached { get; set; }
    public int? IndirectBeneficiaries { get; set; }
    public bool HasSkilledMentor { get; set; }
    [StringLength(4000, ErrorMessage = "Use at most 4,000 characters.")]
    public string? SkillsTransferPlan { get; set; }

    public GovernanceForm? Governance { get; set; }
    [StringLength(4000, ErrorMessage = "Use at most 4,000 characters.")] public string? GroupAgreement { get; set; }
    [StringLength(4000, ErrorMessage = "Use at most 4,000 characters.")] public string? LegalRegistration { get; set; }
    [StringLength(4000, ErrorMessage = "Use at most 4,000 characters.")] public string? ParticipatoryProcess { get; set; }
    [StringLength(4000, ErrorMessage = "Use at most 4,000 characters.")] public string? SustainabilityArrangement { get; set; }
    [StringLength(4000, ErrorMessage = "Use at most 4,000 characters.")] public string? EnvironmentalConsiderations { get; set; }
    [StringLength(4000, ErrorMessage = "Use at most 4,000 characters.")] public string? DoNoHarmNotes { get; set; }

    public List<string> SdgTargetCodes { get; set; } = [];
    public List<int> GcmObjectiveNumbers { get; set; } = [];
    public List<OutcomeCategories> Outcomes { get; set; } = [];
    public bool IsPublished { get; set; } = true;

    /// <summary>The concurrency token of the initiative as the user opened it.</summary>
    public Guid? Version { get; set; }

    public static InitiativeForm From(Initiative i) => new()
    {
        Title = i.Title, Summary = i.Summary, TypeId = i.TypeId, ThemeIds = i.Themes.Select(t => t.TermId).ToList(),
        Dimensions = InitiativeNames.AllDimensions.Where(d => i.Dimensions.HasFlag(d)).ToList(), SectorId = i.SectorId, ValueChain = i.ValueChain,
        CountryCode = i.CountryCode, AdministrativeAreaId = i.AdministrativeAreaId, Locality = i.Locality, LeadOrganisationId = i.LeadOrganisationId,
        Partners = i.Partners.Select(p => new PartnerRow { OrganisationId = p.OrganisationId, Role = p.Role }).ToList(),
        ProgrammeIds = i.Programmes.Select(p => p.ProgrammeId).ToList(), AgreementIds = i.Agreements.Select(a => a.AgreementId).ToList(),
        Budget = i.Budget, Currency = i.Currency, CoFunding = i.CoFunding, CoFundingSource = i.CoFundingSource,
        StartDate = i.StartDate, EndDate = i.EndDate, Status = i.Status,
        ReturneesFemale = i.ReturneesFemale, ReturneesMale = i.ReturneesMale, CommunityMembersFemale = i.CommunityMembersFemale,
        CommunityMembersMale = i.CommunityMembersMale, OtherGroups = i.OtherGroups.Select(g => new GroupRow { TermId = g.TermId, Count = g.Count }).ToList(),
        HouseholdsReached = i.HouseholdsReached, IndirectBeneficiaries = i.IndirectBeneficiaries, HasSkilledMentor = i.HasSkilledMentor,
        SkillsTransferPlan = i.SkillsTransferPlan, Governance = i.Governance, GroupAgreement = i.GroupAgreement, LegalRegistration = i.LegalRegistration,
        ParticipatoryProcess = i.ParticipatoryProcess, SustainabilityArrangement = i.SustainabilityArrangement,
        EnvironmentalConsiderations = i.EnvironmentalConsiderations, DoNoHarmNotes = i.DoNoHarmNotes,
        SdgTargetCodes = i.SdgTargets.Select(t => t.TargetCode).ToList(), GcmObjectiveNumbers = i.GcmObjectives.Select(o => o.ObjectiveNumber).ToList(),
        Outcomes = InitiativeNames.AllOutcomes.Where(o => i.Outcomes.HasFlag(o)).ToList(), IsPublished = i.IsPublished, Version = i.Version,
    };

    /// <summary>Partner rows the user filled in (a blank row is the "add another" slot), without repeats.</summary>
    public IEnumerable<(int OrganisationId, ParticipatingRole Role)> ChosenPartners() =>
        Partners.Where(p => p.OrganisationId is not null && p.Role is not null).Select(p => (p.OrganisationId!.Value, p.Role!.Value)).Distinct();

    public IEnumerable<GroupRow> ChosenGroups() => OtherGroups.Where(g => g.TermId is not null);

    /// <summary>Writes the form onto the initiative (a tracked one, or a detached one to check the rules on).</summary>
    public void ApplyTo(Initiative i, DateTime nowUtc)
    {
        i.Title = Title.Trim();
        i.Summary = Blank(Summary);
        i.TypeId = TypeId ?? 0;
        i.Dimensions = Dimensions.Aggregate(DimensionSet.None, (all, d) => all | d);
        i.SectorId = SectorId;
        i.ValueChain = Blank(ValueChain);
        i.CountryCode = CountryCode ?? "";
        i.AdministrativeAreaId = AdministrativeAreaId;
        i.Locality = Blank(Locality);
        i.LeadOrganisationId = LeadOrganisationId;
        i.Budget = Budget;
        i.Currency = Currency;
        i.CoFunding = CoFunding;
        i.CoFundingSource = Blank(CoFundingSource);
        i.StartDate = StartDate;
        i.EndDate = EndDate;
        i.Status = Status;
        (i.ReturneesFemale, i.ReturneesMale, i.CommunityMembersFemale, i.CommunityMembersMale) = (ReturneesFemale, ReturneesMale, CommunityMembersFemale, CommunityMembersMale);
        i.HouseholdsReached = HouseholdsReached;
        i.IndirectBeneficiaries = IndirectBeneficiaries;
        i.HasSkilledMentor = HasSkilledMentor;
        i.SkillsTransferPlan = Blank(SkillsTransferPlan);
        i.Governance = Governance;
        i.GroupAgreement = Blank(GroupAgreement);
        i.LegalRegistration = Blank(LegalRegistration);
        i.ParticipatoryProcess = Blank(ParticipatoryProcess);
        i.SustainabilityArrangement = Blank(SustainabilityArrangement);
        i.EnvironmentalConsiderations = Blank(EnvironmentalConsiderations);
        i.DoNoHarmNotes = Blank(DoNoHarmNotes);
        i.Outcomes = Outcomes.Aggregate(OutcomeCategories.None, (all, o) => all | o);
        i.IsPublished = IsPublished;

        var partners = ChosenPartners().ToHashSet();
        i.Partners.RemoveAll(p => !partners.Contains((p.OrganisationId, p.Role)));
        i.Partners.AddRange(partners.Where(w => !i.Partners.Any(p => p.OrganisationId == w.OrganisationId && p.Role == w.Role))
            .Select(w => new InitiativePartner { OrganisationId = w.OrganisationId, Role = w.Role }));
        var groups = ChosenGroups().GroupBy(g => g.TermId!.Value).ToDictionary(g => g.Key, g => g.Last().Count);
        i.OtherGroups.RemoveAll(g => !groups.ContainsKey(g.TermId));
        foreach (var (term, count) in groups)
        {
            if (i.OtherGroups.Find(g => g.TermId == term) is { } row) row.Count = count;
            else i.OtherGroups.Add(new InitiativeGroup { TermId = term, Count = count });
        }
        Sync(i.Themes, ThemeIds, t => t.TermId, id => new InitiativeTheme { TermId = id });
        Sync(i.Programmes, ProgrammeIds, p => p.ProgrammeId, id => new InitiativeProgramme { ProgrammeId = id });
        Sync(i.Agreements, AgreementIds, a => a.AgreementId, id => new InitiativeAgreement { AgreementId = id });
        Sync(i.SdgTargets, SdgTargetCodes, t => t.TargetCode, code => new InitiativeSdgTarget { TargetCode = code });
        Sync(i.GcmObjectives, GcmObjectiveNumbers, o => o.ObjectiveNumber, n => new InitiativeGcmObjective { ObjectiveNumber = n });
        i.UpdatedAtUtc = nowUtc;
        i.Version = Guid.NewGuid();
    }

    /// <summary>Makes a child list hold exactly the wanted keys, keeping rows that stay.</summary>
    private static void Sync<TRow, TKey>(List<TRow> rows, IEnumerable<TKey> wanted, Func<TRow, TKey> key, Func<TKey, TRow> create)
    {
        var keys = wanted.ToHashSet();
        rows.RemoveAll(r => !keys.Contains(key(r)));
        rows.AddRange(keys.Where(k => !rows.Any(r => EqualityComparer<TKey>.Default.Equals(key(r), k))).Select(create));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The audited fields as text, for the before/after comparison.</summary>
    public static Dictionary<string, string?> Snapshot(Initiative i) => new()
    {
        ["Title"] = i.Title, ["Summary"] = i.Summary, ["TypeId"] = i.TypeId.ToString(), ["CountryCode"] = i.CountryCode,
        ["AdministrativeAreaId"] = i.AdministrativeAreaId?.ToString(), ["Locality"] = i.Locality, ["LeadOrganisationId"] = i.LeadOrganisationId?.ToString(),
        ["Status"] = i.Status.ToString(), ["Budget"] = i.Budget?.ToString(CultureInfo.InvariantCulture), ["Currency"] = i.Currency,
        ["CoFunding"] = i.CoFunding?.ToString(CultureInfo.InvariantCulture), ["StartDate"] = i.StartDate?.ToString("O"), ["EndDate"] = i.EndDate?.ToString("O"),
        ["Participants"] = $"{i.ReturneesFemale}/{i.ReturneesMale}/{i.CommunityMembersFemale}/{i.CommunityMembersMale}",
        ["SkillsTransferPlan"] = i.SkillsTransferPlan, ["HasSkilledMentor"] = i.HasSkilledMentor.ToString(), ["IsPublished"] = i.IsPublished.ToString(),
        ["Partners"] = string.Join(",", i.Partners.Select(p => $"{p.Role}:{p.OrganisationId}").Order()),
        ["Programmes"] = string.Join(",", i.Programmes.Select(p => p.ProgrammeId).Order()),
        ["Agreements"] = string.Join(",", i.Agreements.Select(a => a.AgreementId).Order()),
        ["Themes"] = string.Join(",", i.Themes.Select(t => t.TermId).Order()),
    };
}
