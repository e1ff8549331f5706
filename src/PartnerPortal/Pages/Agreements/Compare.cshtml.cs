using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartnerPortal.Authorization;
using PartnerPortal.Domain.Agreements;

namespace PartnerPortal.Pages.Agreements;

/// <summary>
/// Two versions of an agreement side by side, clause by clause. A clause counts as changed when its
/// canonical text differs, the same test the fingerprint applies, so renaming a party's organisation
/// later does not show up as a change to what was agreed.
/// </summary>
[Authorize]
public class CompareModel(CurrentUser current, AgreementStore store) : PageModel
{
    /// <summary>A clause in both versions; <paramref name="ChangedEntries"/> names the labelled values that read differently.</summary>
    public sealed record ClausePair(string Key, string Title, ReadableClause From, ReadableClause To, bool Changed,
        IReadOnlySet<string> ChangedEntries);

    [BindProperty(SupportsGet = true, Name = "from")] public int? FromNumber { get; set; }
    [BindProperty(SupportsGet = true, Name = "to")] public int? ToNumber { get; set; }
    public SynergyAgreement Agreement { get; private set; } = null!;
    public AgreementVersion From { get; private set; } = null!;
    public AgreementVersion To { get; private set; } = null!;
    public List<ClausePair> Pairs { get; private set; } = [];
    public IEnumerable<ClausePair> Changed => Pairs.Where(p => p.Changed);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var user = (await current.GetScopeAsync())!;
        if (await store.LoadAsync(id, ToNumber, user) is not { } loaded) return NotFound();
        (Agreement, To) = loaded;
        if (Agreement.Versions.Count == 1 && FromNumber is null)
        {
            From = To;
            return Page();
        }
        var from = Agreement.Versions.SingleOrDefault(v => v.Number == (FromNumber ?? To.Number - 1));
        if (from is null || from.Number == To.Number) return NotFound();
        From = from;
        await store.LoadTermsAsync(From, tracking: false);

        var before = AgreementClauses.Of(From).ToDictionary(c => c.Key, c => c.Text);
        var after = AgreementClauses.Of(To).ToDictionary(c => c.Key, c => c.Text);
        Pairs = AgreementReadable.Of(From).Zip(AgreementReadable.Of(To),
            (f, t) => before[f.Key] == after[f.Key] ? new ClausePair(f.Key, f.Title, f, t, false, new HashSet<string>())
                : new ClausePair(f.Key, f.Title, f, t, true, ChangedEntries(f, t))).ToList();
        return Page();
    }

    /// <summary>Labels whose values read differently (or exist on one side only), to point at the change inside a changed clause.</summary>
    private static HashSet<string> ChangedEntries(ReadableClause from, ReadableClause to)
    {
        static Dictionary<string, string> Words(ReadableClause c) => c.Entries.Where(e => e.Label is not null)
            .GroupBy(e => e.Label!).ToDictionary(g => g.Key, g => string.Join("\n", g.SelectMany(e => e.Values)
                .Select(v => string.Concat(v.Parts.Select(p => p.Text)))));
        var (a, b) = (Words(from), Words(to));
        return a.Keys.Union(b.Keys).Where(label => a.GetValueOrDefault(label) != b.GetValueOrDefault(label)).ToHashSet();
    }
}
