using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Pdf;

namespace PartnerPortal.Tests.Unit;

public class InfrastructureRulesTests
{
    [Theory]
    [InlineData("Guinée Solidarité Retour", "guinee-solidarite-retour")]
    [InlineData("Friguiagbé", "friguiagbe")]
    [InlineData("Côte d'Ivoire — Bouaké (II)", "cote-d-ivoire-bouake-ii")]
    [InlineData("  --  ", "")]
    public void File_names_keep_letters_and_digits_without_accents(string name, string slug) => Assert.Equal(slug, Slugs.Of(name));

    [Fact]
    public void Missing_browser_error_names_every_path_tried_and_how_to_install_one()
    {
        var ex = Assert.Throws<PdfBrowserNotFoundException>(() => PdfRenderer.ResolveBrowserPath(null, _ => false));
        foreach (var path in PdfRenderer.UsualBrowserPaths) Assert.Contains(path, ex.Message);
        Assert.Contains("apt-get install -y chromium", ex.Message);
        Assert.Contains("Pdf:BrowserPath", ex.Message);
    }

    [Fact]
    public void A_configured_browser_path_is_the_only_one_tried()
    {
        var ex = Assert.Throws<PdfBrowserNotFoundException>(() => PdfRenderer.ResolveBrowserPath("/opt/nowhere/chrome", p => p == "/usr/bin/chromium"));
        Assert.Contains("/opt/nowhere/chrome", ex.Message);
        Assert.DoesNotContain("/usr/bin/chromium,", ex.Message);
        Assert.Equal("/opt/custom", PdfRenderer.ResolveBrowserPath("/opt/custom", p => p == "/opt/custom"));
    }

    [Fact]
    public void The_first_usual_path_that_exists_is_used() =>
        Assert.Equal("/usr/bin/google-chrome", PdfRenderer.ResolveBrowserPath("", p => p is "/usr/bin/google-chrome" or "/snap/bin/chromium"));

    [Fact]
    public void Audit_diff_lists_only_fields_whose_value_changed()
    {
        var before = new Dictionary<string, string?> { ["Name"] = "Old", ["Email"] = "a@b.org", ["Phone"] = null };
        var after = new Dictionary<string, string?> { ["Name"] = "New", ["Email"] = "a@b.org", ["Phone"] = "+224 600", ["Website"] = null };
        var diff = AuditLog.Diff(before, after).ToList();
        Assert.Equal([new FieldChange("Name", "Old", "New"), new FieldChange("Phone", null, "+224 600")], diff);
    }
}
