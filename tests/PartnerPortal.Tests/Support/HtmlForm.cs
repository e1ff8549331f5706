using System.Net;
using System.Text.RegularExpressions;

namespace PartnerPortal.Tests.Support;

/// <summary>
/// The fields of one form on a page, read the way a browser submits them (checked boxes only, selected
/// options, textarea contents, no buttons), so a test changes a few fields and posts the rest as they were.
/// </summary>
public sealed partial class HtmlForm
{
    public List<KeyValuePair<string, string>> Fields { get; } = [];

    /// <summary>Reads the form marked data-testid="<paramref name="testId"/>".</summary>
    public static HtmlForm Read(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No form {testId} on the page.");
        start = html.LastIndexOf("<form", start, StringComparison.Ordinal);
        var body = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var form = new HtmlForm();
        foreach (Match m in Control().Matches(body))
        {
            var attributes = Attributes(m.Groups["attrs"].Value);
            if (!attributes.TryGetValue("name", out var name) || attributes.ContainsKey("disabled")) continue;
            switch (m.Groups["tag"].Value)
            {
                case "input":
                    var type = attributes.GetValueOrDefault("type", "text");
                    if (type is "submit" or "button" or "file") continue;
                    if (type is "checkbox" or "radio" && !attributes.ContainsKey("checked")) continue;
                    form.Add(name, attributes.GetValueOrDefault("value", type is "checkbox" or "radio" ? "on" : ""));
                    break;
                case "textarea":
                    form.Add(name, WebUtility.HtmlDecode(m.Groups["content"].Value.TrimStart('\r', '\n')));
                    break;
                case "select":
                    var options = Option().Matches(m.Groups["content"].Value).Select(o => Attributes(o.Groups["attrs"].Value)).ToList();
                    var chosen = options.FirstOrDefault(o => o.ContainsKey("selected")) ?? options.FirstOrDefault();
                    if (chosen is not null) form.Add(name, chosen.GetValueOrDefault("value", ""));
                    break;
            }
        }
        return form;
    }

    public string? this[string name] => Fields.FirstOrDefault(f => f.Key == name).Value;

    public IEnumerable<string> All(string name) => Fields.Where(f => f.Key == name).Select(f => f.Value);

    public HtmlForm Add(string name, string value)
    {
        Fields.Add(new(name, value));
        return this;
    }

    /// <summary>Replaces every value of the field with one value.</summary>
    public HtmlForm Set(string name, string value)
    {
        Assert.True(Fields.Any(f => f.Key == name), $"The form has no field {name}.");
        Fields.RemoveAll(f => f.Key == name);
        return Add(name, value);
    }

    /// <summary>Takes out every field whose name starts with the prefix (a row, a list).</summary>
    public HtmlForm RemoveStartingWith(string prefix)
    {
        Fields.RemoveAll(f => f.Key.StartsWith(prefix, StringComparison.Ordinal));
        return this;
    }

    public HtmlForm RemoveValue(string name, string value)
    {
        Fields.RemoveAll(f => f.Key == name && f.Value == value);
        return this;
    }

    /// <summary>Posts the fields (which include the antiforgery token read with the form), as htmx does when <paramref name="htmx"/>.</summary>
    public Task<HttpResponseMessage> PostAsync(PortalClient client, string action, bool htmx = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(Fields) };
        if (htmx) request.Headers.Add("HX-Request", "true");
        return client.Http.SendAsync(request);
    }

    private static Dictionary<string, string> Attributes(string text) =>
        Attribute().Matches(text).GroupBy(a => a.Groups["name"].Value.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups["value"].Value));

    [GeneratedRegex(@"<(?<tag>input|textarea|select)\b(?<attrs>[^>]*)>(?:(?<content>.*?)</\k<tag>>)?", RegexOptions.Singleline)]
    private static partial Regex Control();

    [GeneratedRegex(@"<option\b(?<attrs>[^>]*)>", RegexOptions.Singleline)]
    private static partial Regex Option();

    [GeneratedRegex(@"(?<name>[\w\-:.]+)(?:=""(?<value>[^""]*)""|='(?<value>[^']*)')?", RegexOptions.Singleline)]
    private static partial Regex Attribute();
}
