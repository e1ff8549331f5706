using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PartnerPortal.Tests.Support;

/// <summary>An HTTP client that behaves like a browser user: keeps cookies, reads forms, sends their antiforgery token.</summary>
public sealed partial class PortalClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public static PortalClient Anonymous(PortalFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<PortalClient> SignedInAsync(PortalFactory factory, string email, string password = DemoUsers.Password)
    {
        var client = Anonymous(factory);
        var response = await client.SignInAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        await PostFormAsync("/Account/SignIn", "/Account/SignIn", new() { ["Form.Email"] = email, ["Form.Password"] = password });

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<string> GetStringAsync(string url)
    {
        var response = await Http.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} returned {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Loads <paramref name="formPage"/> to pick up the antiforgery token, then posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var token = await AntiforgeryTokenAsync(formPage);
        var all = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await Http.PostAsync(action, new FormUrlEncodedContent(all));
    }

    /// <summary>Loads <paramref name="formPage"/> for the antiforgery token, then uploads a file as <paramref name="field"/> in a multipart form.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string formPage, string action, string field, string fileName, byte[] content,
        Dictionary<string, string>? fields = null)
    {
        var token = await AntiforgeryTokenAsync(formPage);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, value) in fields ?? []) form.Add(new StringContent(value), name);
        form.Add(new ByteArrayContent(content), field, fileName);
        return await Http.PostAsync(action, form);
    }

    public async Task<string> AntiforgeryTokenAsync(string page)
    {
        var html = await GetStringAsync(page);
        var match = TokenInput().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    public void Dispose() => Http.Dispose();
}
