using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Api.Hsds.Import;
using PartnerPortal.Authorization;
using PartnerPortal.Domain;

namespace PartnerPortal.Pages.Services;

/// <summary>
/// Import of HSDS data by administrators and coordinators (PRODUCT §4): upload a JSON file or a data
/// package, see what would be created or updated and every error, then import all or nothing.
/// </summary>
/// <remarks>
/// The preview writes nothing to the directory; a file that passes is kept server-side by
/// <see cref="ImportStaging"/> under a random token bound to the uploader, and the import step
/// re-reads and re-validates those bytes before it writes. Each record's permission is checked in
/// the plan (<see cref="AccessRules"/>): a coordinator imports only what they could edit by hand.
/// </remarks>
[Authorize(Policy = Policies.CoordinatorOrAdministrator)]
public class ImportModel(HsdsImporter importer, ImportStaging staging, CurrentUser current, UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Token { get; set; }

    public ImportPreview? Preview { get; private set; }
    public string? FileName { get; private set; }
    /// <summary>Why the import step wrote nothing, when it was tried and refused.</summary>
    public string? ApplyProblem { get; private set; }
    public ImportLimits Limits => importer.Limits;
    public DateTime? ExpiresAtUtc { get; private set; }

    public void OnGet(bool tooLarge = false)
    {
        if (tooLarge)
            ModelState.AddModelError(nameof(Upload), $"The file was larger than {HsdsImportReader.Size(Limits.MaxBytes)}, the largest file accepted. Nothing was imported.");
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Choose an HSDS JSON file or a data package zip to import.");
            return Page();
        }
        FileName = Path.GetFileName(Upload.FileName);
        if (Upload.Length > Limits.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload),
                $"The file is {HsdsImportReader.Size(Upload.Length)}; the largest file accepted is {HsdsImportReader.Size(Limits.MaxBytes)}. Nothing was imported.");
            return Page();
        }
        var content = await ReadAsync(Upload, ct);
        var scope = (await current.GetScopeAsync(ct))!;
        var plan = await importer.PlanAsync(content, scope, ct);
        Preview = plan.Preview;
        if (Preview.CanApply)
        {
            Token = await staging.SaveAsync(content, FileName, scope.UserId, ct);
            ExpiresAtUtc = DateTime.UtcNow + staging.Lifetime;
        }
        else Token = null;
        ModelState.Remove(nameof(Token));
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        var scope = (await current.GetScopeAsync(ct))!;
        var staged = await staging.LoadAsync(Token, scope.UserId, ct);
        if (staged is null)
        {
            ApplyProblem = "This preview has expired or is not yours. Upload the file again; nothing was imported.";
            return Page();
        }
        FileName = staged.FileName;
        var plan = await importer.PlanAsync(staged.Content, scope, ct);
        Preview = plan.Preview;
        if (!plan.Preview.CanApply)
        {
            ApplyProblem = "The file no longer passes the checks (the directory changed since the preview). Nothing was imported; correct the errors below and upload it again.";
            Token = null;
            ModelState.Remove(nameof(Token));
            return Page();
        }
        var me = (await users.GetUserAsync(User))!;
        ImportResult result;
        try
        {
            result = await importer.ApplyAsync(plan, me.Email!, staged.FileName, ct);
        }
        catch (DbUpdateException ex)
        {
            ApplyProblem = $"The import failed and nothing was changed: {ex.GetBaseException().Message}";
            return Page();
        }
        staging.Delete(staged.Token);
        TempData["Flash"] = $"Imported {staged.FileName}: {result.Summary}.";
        return RedirectToPage();
    }

    /// <summary>The upload's bytes; the length was checked against the limit, and reading stops past it all the same.</summary>
    private async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        await using var input = file.OpenReadStream();
        using var buffer = new MemoryStream((int)Math.Min(file.Length, Limits.MaxBytes));
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, (int)Math.Min(read, Limits.MaxBytes + 1 - buffer.Length));
            if (buffer.Length > Limits.MaxBytes) break;
        }
        return buffer.ToArray();
    }

    public static string ActionLabel(ImportAction action) => action switch
    {
        ImportAction.Create => "create",
        ImportAction.Update => "update",
        ImportAction.Unchanged => "unchanged",
        _ => "use",
    };

    public static string PluralLabel(string type) => type switch
    {
        "organization" => "Organisations",
        "service" => "Services",
        "location" => "Places",
        "taxonomy_term" => "Taxonomy terms",
        _ => type,
    };

    public static string TypeLabel(string type) => type switch
    {
        "organization" => "Organisation",
        "service" => "Service",
        "location" => "Place (location)",
        "taxonomy_term" => "Taxonomy term",
        "file" => "File",
        _ => type,
    };
}
