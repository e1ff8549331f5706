using System.ComponentModel.DataAnnotations;
using PartnerPortal.Domain;
using PartnerPortal.Domain.Agreements;

namespace PartnerPortal.Pages.Agreements;

/// <summary>The row lists of the terms form (parties with their contributions, referral pathways) and the step that writes the form into a version.</summary>
public sealed partial class TermsForm
{
    public sealed class PartyRow
    {
        /// <summary>The row's key in the posted form; "p" and the party's id for a stored party.</summary>
        public string Key { get; set; } = NewKey();
        /// <summary>The stored party; null for a party added in this form.</summary>
        public int? Id { get; set; }
        /// <summary>Chosen for a new party only: a stored party keeps its organisation (remove it and add another instead).</summary>
        public int? OrganisationId { get; set; }
        public int? ProgrammeId { get; set; }
        [StringLength(200, ErrorMessage = "Use at most 200 characters.")] public string? Role { get; set; }
        [StringLength(4000, ErrorMessage = AtMost4000)] public string? Eligibility { get; set; }
        [Range(1, 99, ErrorMessage = "Enter a place between 1 and 99.")] public int? Position { get; set; }
        public List<ContributionRow> Contributions { get; set; } = [];

        /// <summary>Contributions that say something; an emptied row removes its contribution.</summary>
        public IEnumerable<ContributionRow> KeptContributions() => Contributions.Where(c => !c.IsBlank());

        public bool IsBlank() => OrganisationId is null && ProgrammeId is null && Blank(Role) is null && Blank(Eligibility) is null
            && !KeptContributions().Any();

        public static PartyRow From(AgreementParty p) => new()
        {
            Key = "p" + p.Id, Id = p.Id, OrganisationId = p.OrganisationId, ProgrammeId = p.ProgrammeId, Role = p.Role,
            Eligibility = p.Eligibility, Position = p.Position,
            Contributions = p.Contributions.OrderBy(c => c.Id).Select(ContributionRow.From).ToList(),
        };
    }

    public sealed class ContributionRow
    {
        public string Key { get; set; } = NewKey();
        public int? Id { get; set; }
        public SupportType? Type { get; set; }
        [StringLength(2000, ErrorMessage = "Use at most 2,000 characters.")] public string? Description { get; set; }
        [Range(0, 100, ErrorMessage = "Enter a share between 0 and 100 percent.")] public decimal? CostSharePercent { get; set; }

        public bool IsBlank() => Type is null && Blank(Description) is null && CostSharePercent is null;

        public static ContributionRow From(AgreementContribution c) => new()
            { Key = "c" + c.Id, Id = c.Id, Type = c.Type, Description = c.Description, CostSharePercent = c.CostSharePercent };
    }

    public sealed class PathwayRow
    {
        public string Key { get; set; } = NewKey();
        public int? Id { get; set; }
        public Guid? FromServiceId { get; set; }
        public Guid? ToServiceId { get; set; }
        [StringLength(2000, ErrorMessage = "Use at most 2,000 characters.")] public string? Conditions { get; set; }

        public bool IsBlank() => FromServiceId is null && ToServiceId is null && Blank(Conditions) is null;

        public static PathwayRow From(ReferralPathway r) => new()
            { Key = "r" + r.Id, Id = r.Id, FromServiceId = r.FromServiceId, ToServiceId = r.ToServiceId, Conditions = r.Conditions };
    }

    /// <summary>The parties that stay: stored ones still in the form, and new rows that name an organisation or say something.</summary>
    public IEnumerable<PartyRow> KeptParties() => Parties.Where(p => p.Id is not null || !p.IsBlank());

    /// <summary>
    /// Writes the validated form into the version (tracked with its terms): fields, parties in signing order,
    /// contributions, pathways, areas, target groups and SDG targets. Rows left out of the form are removed.
    /// </summary>
    public void ApplyTo(AgreementVersion v)
    {
        v.Title = Title.Trim(); v.Purpose = Blank(Purpose); v.SigningOrder = SigningOrder;
        v.BeneficiarySelection = Blank(BeneficiarySelection); v.ReferralChannel = ReferralChannel;
        v.CommunitySelection = Blank(CommunitySelection); v.StructuralApproach = Blank(StructuralApproach);
        v.CoordinationMechanism = Blank(CoordinationMechanism); v.MeetingFrequency = Blank(MeetingFrequency); v.FocalPoints = Blank(FocalPoints);
        v.MonitoringAndDataSharing = Blank(MonitoringAndDataSharing); v.DataProtection = Blank(DataProtection);
        v.ReportingObligations = Blank(ReportingObligations);
        v.Levels = Levels.Aggregate(LevelSet.None, (all, level) => all | level);
        v.Stage = Stage; v.Commitment = Commitment;
        v.StartDate = StartDate; v.EndDate = EndDate; v.ReviewDate = ReviewDate; v.DueDiligenceNotes = Blank(DueDiligenceNotes);
        Sync(v.Areas, AreaIds, a => a.AdministrativeAreaId, id => new AgreementArea { VersionId = v.Id, AdministrativeAreaId = id });
        Sync(v.TargetGroups, TargetGroupIds, t => t.TermId, id => new AgreementTargetGroup { VersionId = v.Id, TermId = id });
        Sync(v.SdgTargets, SdgTargetCodes, t => t.TargetCode, code => new AgreementSdgTarget { VersionId = v.Id, TargetCode = code });
        ApplyParties(v);
        ApplyPathways(v);
    }

    private void ApplyParties(AgreementVersion v)
    {
        var kept = KeptParties().ToList();
        v.Parties.RemoveAll(p => kept.All(r => r.Id != p.Id));
        // Places in the signing order as typed, ties kept in form order, renumbered 1..n without gaps.
        var ordered = kept.Select((row, i) => (row, i)).OrderBy(x => x.row.Position ?? int.MaxValue).ThenBy(x => x.i).Select(x => x.row).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var row = ordered[i];
            var party = v.Parties.FirstOrDefault(p => row.Id is not null && p.Id == row.Id);
            if (party is null)
            {
                party = new AgreementParty { VersionId = v.Id, OrganisationId = row.OrganisationId!.Value, Role = "" };
                v.Parties.Add(party);
            }
            party.ProgrammeId = row.ProgrammeId;
            party.Role = Blank(row.Role) ?? "";
            party.Eligibility = Blank(row.Eligibility);
            party.Position = i + 1;
            var contributions = row.KeptContributions().ToList();
            party.Contributions.RemoveAll(c => contributions.All(r => r.Id != c.Id));
            foreach (var c in contributions)
            {
                var record = party.Contributions.FirstOrDefault(x => c.Id is not null && x.Id == c.Id);
                if (record is null) party.Contributions.Add(record = new AgreementContribution { Description = "" });
                record.Type = c.Type!.Value;
                record.Description = Blank(c.Description)!;
                record.CostSharePercent = c.CostSharePercent;
            }
        }
    }

    private void ApplyPathways(AgreementVersion v)
    {
        var kept = Pathways.Where(p => !p.IsBlank()).ToList();
        v.ReferralPathways.RemoveAll(p => kept.All(r => r.Id != p.Id));
        foreach (var row in kept)
        {
            var record = v.ReferralPathways.FirstOrDefault(p => row.Id is not null && p.Id == row.Id);
            if (record is null) v.ReferralPathways.Add(record = new ReferralPathway { VersionId = v.Id });
            record.FromServiceId = row.FromServiceId!.Value;
            record.ToServiceId = row.ToServiceId!.Value;
            record.Conditions = Blank(row.Conditions);
        }
    }

    /// <summary>Makes a link list hold exactly the wanted keys: unwanted links go, missing ones are added.</summary>
    private static void Sync<TRecord, TKey>(List<TRecord> records, IEnumerable<TKey> wanted, Func<TRecord, TKey> keyOf, Func<TKey, TRecord> create)
    {
        var want = wanted.ToHashSet();
        records.RemoveAll(r => !want.Contains(keyOf(r)));
        foreach (var key in want.Where(k => records.All(r => !EqualityComparer<TKey>.Default.Equals(keyOf(r), k)))) records.Add(create(key));
    }
}
