namespace PartnerPortal.Infrastructure;

public static class UploadLimits
{
    /// <summary>Room for the multipart envelope (antiforgery token, headers) around an uploaded file.</summary>
    public const long MultipartOverhead = 64 * 1024;

    /// <summary>
    /// An upload to <paramref name="path"/> whose declared length is beyond <paramref name="maxRequestBytes"/>
    /// is turned away before its body is read: back to the page with <c>?tooLarge=true</c>, which says why.
    /// (A body without a declared length is cut off by the request size limit of the page.)
    /// </summary>
    public static IApplicationBuilder UseUploadLimit(this IApplicationBuilder app, string path, long maxRequestBytes) =>
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)
                && context.Request.ContentLength > maxRequestBytes)
            {
                context.Response.StatusCode = StatusCodes.Status303SeeOther;
                context.Response.Headers.Location = $"{path}?tooLarge=true";
                context.Response.Headers.Connection = "close";
                return;
            }
            await next(context);
        });
}
