using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Data;
using PartnerPortal.Domain.Reports;

namespace PartnerPortal.Pages.Reports;

/// <summary>
/// Where a run's PDF lives: in the database (<see cref="ReportRunFile"/>) by default, or as
/// &lt;folder&gt;/&lt;runId&gt;-&lt;sha256&gt;.pdf when Reports:Folder is configured.
/// </summary>
public sealed class ReportRunFiles(PortalDbContext db, IOptions<ReportRunOptions> options, IWebHostEnvironment env)
{
    private string? Folder => string.IsNullOrWhiteSpace(options.Value.Folder) ? null : Path.Combine(env.ContentRootPath, options.Value.Folder);

    /// <summary>Writes the PDF to the folder and returns its file name; null when PDFs are kept in the database.</summary>
    public async Task<string?> WriteToFolderAsync(int runId, string sha256, byte[] pdf, CancellationToken ct)
    {
        if (Folder is not { } folder) return null;
        System.IO.Directory.CreateDirectory(folder);
        var name = $"{runId}-{sha256}.pdf";
        // Written aside and moved, so a reader never sees half a file.
        var partial = Path.Combine(folder, name + ".part");
        await File.WriteAllBytesAsync(partial, pdf, ct);
        File.Move(partial, Path.Combine(folder, name), overwrite: true);
        return name;
    }

    /// <summary>The PDF of a succeeded run, or null when it cannot be found.</summary>
    public async Task<byte[]?> ReadAsync(ReportRun run, CancellationToken ct)
    {
        if (run.StoredFileName is null)
            return await db.ReportRunFiles.AsNoTracking().Where(f => f.ReportRunId == run.Id).Select(f => f.Content).SingleOrDefaultAsync(ct);
        if (Folder is not { } folder) return null;
        var path = Path.Combine(folder, Path.GetFileName(run.StoredFileName));
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : null;
    }
}
