using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Stakeholders;

/// <summary>
/// Geometry of the influence × interest map: interest on the x axis, influence on the y axis, both 1–5.
/// Organisations that share a cell are spread on a small circle so that every dot stays clickable.
/// </summary>
public static class StakeholderMap
{
    public const int Size = 520, Margin = 56, Plot = Size - 2 * Margin;
    public static double Cell => Plot / 5.0;

    public sealed record Dot(IndexModel.Point Point, double X, double Y, double Radius, string Fill);

    public static List<Dot> Layout(IEnumerable<IndexModel.Point> points) =>
        points.GroupBy(p => (p.Interest, p.Influence)).SelectMany(cell =>
        {
            var members = cell.ToList();
            return members.Select((p, i) =>
            {
                var (cx, cy) = (Margin + (p.Interest - 0.5) * Cell, Margin + (5 - p.Influence + 0.5) * Cell);
                var spread = members.Count == 1 ? 0 : Cell * 0.28;
                var angle = 2 * Math.PI * i / members.Count;
                return new Dot(p, Math.Round(cx + spread * Math.Cos(angle), 1), Math.Round(cy + spread * Math.Sin(angle), 1),
                    5 + 2 * p.Capacity, Colour(p.Potential));
            });
        }).ToList();

    public static string Colour(PartnershipPotential potential) => potential switch
    {
        PartnershipPotential.High => "#1b7f4c",
        PartnershipPotential.Medium => "#c77700",
        _ => "#6c757d",
    };

    /// <summary>Pixel position of a score's grid line on either axis.</summary>
    public static double Tick(int score) => Margin + (score - 0.5) * Cell;
}
