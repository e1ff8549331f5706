using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PartnerPortal.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public int Code { get; private set; } = 500;
    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Set(code);
    public void OnPost(int? code) => Set(code);

    private void Set(int? code)
    {
        // Without a code this is either the exception handler's re-execution (500) or a direct visit (404).
        Code = code ?? (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null ? 500 : 404);
        RequestId = HttpContext.TraceIdentifier;
        Response.StatusCode = Code;
    }

    public string Message => Code switch
    {
        400 => "The request could not be understood. If you submitted a form, reload the page and try again.",
        403 => "You do not have access to this.",
        404 => "There is nothing at this address. It may have been moved or removed.",
        429 => "Too many attempts. Wait a minute and try again.",
        _ => "Something went wrong on our side. The problem has been logged.",
    };
}
