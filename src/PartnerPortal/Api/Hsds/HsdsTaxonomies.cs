using PartnerPortal.Domain;

namespace PartnerPortal.Api.Hsds;

/// <summary>One of the fields we record on top of HSDS, published as a service attribute with a value.</summary>
public sealed record ExtensionField(string Code, string Name, string Description)
{
    public Guid TermId { get; } = HsdsIds.ExtensionTerm(Code);
}

/// <summary>
/// The HSDS taxonomies: one per <see cref="Taxonomy"/> value, whose terms are the administrators'
/// <see cref="TaxonomyTerm"/> rows, and one for the returnee extensions, whose terms are fixed here.
/// </summary>
public static class HsdsTaxonomies
{
    public const string ExtensionTaxonomyName = "Returnee service fields";

    private static readonly Dictionary<Taxonomy, (string Name, string Description)> Names = new()
    {
        [Taxonomy.OrganisationType] = ("Organisation types", "Kinds of organisation in the reintegration network (government, UN agency, NGO, private sector …)."),
        [Taxonomy.ServiceCategory] = ("Service categories", "What a service offers returnees and their communities; each service has one category."),
        [Taxonomy.TargetGroup] = ("Target groups", "The people a service is meant for; a service may name several."),
        [Taxonomy.ThematicArea] = ("Thematic areas", "The thematic areas of community-based reintegration initiatives."),
        [Taxonomy.InitiativeType] = ("Initiative types", "Kinds of community-based reintegration initiative."),
        [Taxonomy.Sector] = ("Sectors", "Economic sectors of initiatives and businesses."),
    };

    /// <summary>
    /// The returnee fields of a service, in the order they are listed. A service attribute linked to
    /// one of these terms carries the field's value in <c>value</c> (see each description for its form).
    /// </summary>
    public static readonly IReadOnlyList<ExtensionField> ExtensionFields =
    [
        new("is_mainstream", "Mainstream service", "\"true\" when the service is open to the whole local population, \"false\" when it is for returnees only."),
        new("returnee_categories", "Returnee categories covered", "Free text: which returnees the service covers."),
        new("dimension", "Reintegration dimension", "The dimension of the integrated approach: economic, social or psychosocial."),
        new("level", "Intervention level", "The level of the intervention: individual, community or structural."),
        new("referral_method", "Referral method", "How to get in: walk_in, phone, email, online_form or referral_only."),
        new("referral_required", "Referral required", "\"true\" when a referral from another organisation is required."),
        new("next_steps", "Next steps", "Free text: what happens after a person is referred or applies."),
        new("intake_criteria", "Intake criteria", "Free text: the criteria a person must meet to be taken in."),
        new("access_barriers", "Access barriers", "Comma-separated: documentation, distance, cost, safety, eligibility."),
        new("access_barrier_notes", "Access barrier notes", "Free text about the barriers to access."),
        new("quality_notes", "Quality notes", "Free text notes on the quality of the service."),
        new("funding_end_date", "Funding end date", "The date (YYYY-MM-DD) the service's current funding ends."),
        new("complaints_mechanism", "Complaints and feedback mechanism", "Free text: how to complain or give feedback."),
    ];

    public static IEnumerable<Taxonomy> StoredTaxonomies => Enum.GetValues<Taxonomy>();

    public static HsdsTaxonomy For(Taxonomy taxonomy)
    {
        var (name, description) = Names.TryGetValue(taxonomy, out var n) ? n : (taxonomy.ToString(), taxonomy.ToString());
        return new HsdsTaxonomy { Id = HsdsIds.Text(HsdsIds.Taxonomy(taxonomy)), Name = name, Description = description };
    }

    public static HsdsTaxonomy Extensions { get; } = new()
    {
        Id = HsdsIds.Text(HsdsIds.ExtensionTaxonomy),
        Name = ExtensionTaxonomyName,
        Description = "Fields this directory records for returnees and caseworkers on top of HSDS. Each is a term; a service's "
            + "attribute linked to the term carries the service's value in \"value\".",
    };

    /// <summary>Every taxonomy, in a fixed order: the stored ones by enum value, then the extensions.</summary>
    public static IReadOnlyList<HsdsTaxonomy> All { get; } = [.. StoredTaxonomies.Select(For), Extensions];

    /// <summary>Which stored taxonomy an HSDS taxonomy id stands for; null for the extension taxonomy or an unknown id.</summary>
    public static Taxonomy? StoredTaxonomyOf(Guid id) =>
        StoredTaxonomies.Cast<Taxonomy?>().FirstOrDefault(t => HsdsIds.Taxonomy(t!.Value) == id);

    public static HsdsTaxonomyTerm ExtensionTerm(ExtensionField field) => new()
    {
        Id = HsdsIds.Text(field.TermId),
        Code = field.Code,
        Name = field.Name,
        Description = field.Description,
        Taxonomy = Extensions.Name,
        TaxonomyId = Extensions.Id,
        TaxonomyDetail = Extensions,
        Language = HsdsMapper.TermLanguage,
    };
}
