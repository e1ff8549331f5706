using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Data;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Directory;

/// <summary>Full-text matching of services through the FTS5 index (see the ServiceSearch migration).</summary>
public static class ServiceSearchQuery
{
    /// <summary>
    /// Turns what a visitor typed into an FTS5 expression: every word must match, the last one also as a
    /// prefix so results follow typing. Quotes and operators typed by the visitor are never passed through.
    /// </summary>
    public static string? ToMatchExpression(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(ch)) current.Append(ch);
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        if (words.Count == 0) return null;
        return string.Join(" ", words.Take(8).Select(w => $"\"{w}\"*"));
    }

    /// <summary>Services whose indexed text matches; composes with other filters into one SQL query.</summary>
    public static IQueryable<Service> Matching(this IQueryable<Service> services, PortalDbContext db, string matchExpression) =>
        services.Where(s => db.Database
            .SqlQuery<Guid>($"SELECT s.Id AS Value FROM ServiceSearch f JOIN Services s ON s.rowid = f.rowid WHERE ServiceSearch MATCH {matchExpression}")
            .Contains(s.Id));
}
