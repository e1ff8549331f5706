using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;

namespace PartnerPortal.Infrastructure.Pdf;

/// <summary>Renders a Razor view (by absolute path, e.g. "/Pages/Organisations/_FactSheetDocument.cshtml") to a string.</summary>
public sealed class RazorHtmlRenderer(IRazorViewEngine viewEngine, ITempDataProvider tempData, IHttpContextAccessor http,
    IServiceProvider services)
{
    public async Task<string> RenderAsync<TModel>(string viewPath, TModel model)
    {
        var httpContext = http.HttpContext ?? new DefaultHttpContext { RequestServices = services };
        var actionContext = new ActionContext(httpContext, httpContext.GetRouteData() ?? new RouteData(), new ActionDescriptor());
        var result = viewEngine.GetView(executingFilePath: null, viewPath, isMainPage: true);
        if (!result.Success)
            throw new InvalidOperationException($"The view {viewPath} was not found. Searched: {string.Join(", ", result.SearchedLocations)}");

        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary<TModel>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var viewContext = new ViewContext(actionContext, result.View, viewData,
            new TempDataDictionary(httpContext, tempData), writer, new HtmlHelperOptions());
        await result.View.RenderAsync(viewContext);
        return writer.ToString();
    }
}
