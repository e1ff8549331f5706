using System.Threading.RateLimiting;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Accounts;
using PartnerPortal.Api.Hsds;
using PartnerPortal.Api.Hsds.Import;
using PartnerPortal.Authorization;
using PartnerPortal.Data;
using PartnerPortal.Domain;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Pdf;
using PartnerPortal.Infrastructure.Seeding;
using PartnerPortal.Jobs;

// `generate-directory` fills a separate database for benchmarks and exits (see LargeDirectoryGenerator);
// `benchmark-report` times the biannual report on such a database and exits (see ReportBenchmark).
var generate = LargeDirectoryCommand.TryParse(args);
var benchmark = PartnerPortal.Infrastructure.Benchmarks.ReportBenchmarkCommand.TryParse(args);
var toolDatabase = generate?.DatabasePath ?? benchmark?.DatabasePath;
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    EnvironmentName = toolDatabase is null ? null : Environments.Development,
});
var config = builder.Configuration;
if (toolDatabase is not null)
{
    config["ConnectionStrings:Portal"] = $"Data Source={toolDatabase}";
    config["Hangfire:Server"] = "false";
}
// Logging every SQL command would be measured along with the report.
if (benchmark is not null) config["Logging:LogLevel:Default"] = "Warning";
var isDevelopment = builder.Environment.IsDevelopment();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.AddMemoryCache();

var connectionString = SqliteSetup.PrepareConnectionString(
    config.GetConnectionString("Portal") ?? "Data Source=App_Data/partnerportal.db", builder.Environment.ContentRootPath);
builder.Services.AddSingleton<DirectoryCache>();
builder.Services.AddSingleton<DirectoryChangeInterceptor>();
builder.Services.AddDbContext<PortalDbContext>((services, o) => o.UseSqlite(connectionString)
    .AddInterceptors(services.GetRequiredService<DirectoryChangeInterceptor>()));

builder.Services.AddIdentity<ApplicationUser, IdentityRole>(o =>
    {
        o.Password.RequiredLength = 12;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireDigit = false;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    })
    .AddEntityFrameworkStores<PortalDbContext>()
    .AddDefaultTokenProviders();

builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
// Re-check the security stamp often so that a password change or deactivation signs other sessions out.
builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

builder.Services.ConfigureApplicationCookie(o =>
{
    o.LoginPath = "/Account/SignIn";
    o.LogoutPath = "/Account/SignOut";
    o.AccessDeniedPath = "/Account/AccessDenied";
    o.Cookie.Name = "pp.auth";
    o.Cookie.HttpOnly = true;
    o.Cookie.SameSite = SameSiteMode.Lax;
    o.Cookie.SecurePolicy = isDevelopment ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    o.ExpireTimeSpan = TimeSpan.FromHours(8);
    o.SlidingExpiration = true;
    // htmx requests must not follow a redirect into a sign-in page inside a fragment.
    o.Events.OnRedirectToLogin = ctx => HtmxAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
    o.Events.OnRedirectToAccessDenied = ctx => HtmxAwareRedirect(ctx, StatusCodes.Status403Forbidden);
});

builder.Services.AddAntiforgery(o =>
{
    o.HeaderName = "RequestVerificationToken";
    o.Cookie.Name = "pp.af";
    o.Cookie.SecurePolicy = isDevelopment ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
});

builder.Services.AddDataProtection()
    .SetApplicationName("PartnerPortal")
    .PersistKeysToDbContext<PortalDbContext>();

builder.Services.AddScoped<CurrentUser>();
builder.Services.AddScoped<IAuthorizationHandler, ScopeRequirementHandler>();
builder.Services.AddScoped<IAuthorizationHandler, OrganisationAuthorizationHandler>();
builder.Services.AddScoped<IAuthorizationHandler, CountryAuthorizationHandler>();
builder.Services.AddScoped<IAuthorizationHandler, JurisdictionAuthorizationHandler>();
// A signed-in user whose account is still active: the scope is null for a deactivated account, so
// removing a member takes effect on their next request, whatever their cookie says.
var activeUser = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new ScopeRequirement(_ => true)).Build();
builder.Services.AddAuthorizationBuilder()
    // Everything requires an active signed-in user unless it says [AllowAnonymous].
    .SetFallbackPolicy(activeUser)
    .SetDefaultPolicy(activeUser)
    .AddPolicy(Policies.Administrator, p => p.RequireAuthenticatedUser()
        .AddRequirements(new ScopeRequirement(s => s.IsAdministrator)))
    .AddPolicy(Policies.CoordinatorOrAdministrator, p => p.RequireAuthenticatedUser()
        .AddRequirements(new ScopeRequirement(s => s.IsAdministrator || s.IsCoordinator)));

builder.Services.AddScoped<AuditLog>();
builder.Services.AddScoped<Outbox>();
builder.Services.AddScoped<OutboxDispatcher>();
builder.Services.Configure<OutboxOptions>(config.GetSection("Outbox"));
builder.Services.AddScoped<ReferenceDataLoader>();
builder.Services.AddScoped<DemoDataSeeder>();
builder.Services.AddScoped<DatabaseInitializer>();
builder.Services.AddScoped<LargeDirectoryGenerator>();
builder.Services.AddScoped<LargeActivityGenerator>();
builder.Services.AddScoped<PartnerPortal.Infrastructure.Benchmarks.ReportBenchmark>();
builder.Services.AddScoped<InvitationService>();
builder.Services.AddScoped<PublicLinks>();
builder.Services.AddScoped<StaleServiceReminderJob>();
builder.Services.AddScoped<PartnerPortal.Pages.Agreements.AgreementStore>();
builder.Services.AddScoped<PartnerPortal.Pages.Agreements.AgreementNotifier>();
builder.Services.AddScoped<PartnerPortal.Pages.Agreements.AgreementCertificates>();
builder.Services.AddScoped<PartnerPortal.Pages.Agreements.SignedAgreementPdf>();
builder.Services.AddScoped<AgreementJobs>();
builder.Services.AddScoped<PartnerPortal.Pages.Synergies.SynergyWorkspace>();
builder.Services.AddScoped<PartnerPortal.Pages.Initiatives.ProgressNotices>();
builder.Services.AddScoped<ProgressReminderJob>();
builder.Services.AddScoped<PartnerPortal.Pages.Reports.BiannualReportQuery>();
builder.Services.AddScoped<PartnerPortal.Pages.Reports.BiannualReportDocument>();
builder.Services.AddScoped<PartnerPortal.Pages.Reports.IBiannualReportPrinter>(s => s.GetRequiredService<PartnerPortal.Pages.Reports.BiannualReportDocument>());
builder.Services.Configure<PartnerPortal.Domain.Reports.ReportRunOptions>(config.GetSection("Reports"));
builder.Services.AddScoped<IReportRunQueue, HangfireReportRunQueue>();
builder.Services.AddScoped<PartnerPortal.Pages.Reports.ReportRuns>();
builder.Services.AddScoped<PartnerPortal.Pages.Reports.ReportRunFiles>();
builder.Services.AddScoped<ReportRunJob>();
builder.Services.AddScoped<ReportScheduleJob>();
// Runs left queued or running by a stopped process get a worker again (after the database initialiser, which runs before the host starts).
builder.Services.AddHostedService<ReportRunRecovery>();

builder.Services.AddHsdsApi();
builder.Services.AddHsdsImport();
var importLimits = ImportLimits.From(config);

builder.Services.Configure<PdfOptions>(config.GetSection("Pdf"));
builder.Services.AddSingleton<PdfRenderer>();
builder.Services.AddScoped<RazorHtmlRenderer>();

var rateLimits = config.GetSection("RateLimits");
builder.Services.AddRateLimiter(o =>
{
    o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    // Only POSTs count: reading the sign-in form is free, guessing passwords is not.
    o.AddPolicy(RateLimitPolicies.Authentication, ctx => HttpMethods.IsPost(ctx.Request.Method)
        ? RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rateLimits.GetValue("AuthenticationPerMinute", 10),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        })
        : RateLimitPartition.GetNoLimiter("read"));
    // A full export reads the whole directory: a few per client and minute are plenty for real use.
    o.AddPolicy(RateLimitPolicies.BulkExport, ctx => RateLimitPartition.GetFixedWindowLimiter(
        ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rateLimits.GetValue("BulkExportsPerMinute", 6),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    // The public verify page: typing codes or uploading files, a few dozen per client and minute.
    o.AddPolicy(RateLimitPolicies.Verification, ctx => HttpMethods.IsPost(ctx.Request.Method) || ctx.Request.Query.ContainsKey("code")
        ? RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rateLimits.GetValue("VerificationsPerMinute", 20),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        })
        : RateLimitPartition.GetNoLimiter("read"));
    o.OnRejected = async (ctx, ct) =>
    {
        ctx.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
        await ctx.HttpContext.Response.WriteAsync("Too many requests from your network. Wait a minute and try again.", ct);
    };
});

builder.Services.AddHangfire(c => c
    .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
    .UseSimpleAssemblyNameTypeSerializer()
    .UseRecommendedSerializerSettings()
    .UseInMemoryStorage());
if (config.GetValue("Hangfire:Server", true))
    builder.Services.AddHangfireServer(o => o.WorkerCount = Math.Max(2, Environment.ProcessorCount));

builder.Services.Configure<ForwardedHeadersOptions>(o =>
    o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

builder.Services.AddRazorPages(o =>
{
    o.Conventions.AuthorizeFolder("/Admin", Policies.Administrator);
    // The HSDS import takes files up to Import:MaxBytes: the request may be that large, and no larger.
    o.Conventions.AddPageApplicationModelConvention("/Services/Import", model =>
    {
        model.Filters.Add(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(importLimits.MaxBytes + HsdsImporter.RequestOverhead));
        model.Filters.Add(new Microsoft.AspNetCore.Mvc.RequestFormLimitsAttribute { MultipartBodyLengthLimit = importLimits.MaxBytes + HsdsImporter.RequestOverhead });
    });
});

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    if (generate is not null)
    {
        await scope.ServiceProvider.GetRequiredService<LargeDirectoryGenerator>().GenerateAsync(generate);
        if (generate.Agreements > 0 || generate.Initiatives > 0)
            await scope.ServiceProvider.GetRequiredService<LargeActivityGenerator>().GenerateAsync(generate.Agreements, generate.Initiatives);
        return;
    }
    if (benchmark is not null)
    {
        var passed = await scope.ServiceProvider.GetRequiredService<PartnerPortal.Infrastructure.Benchmarks.ReportBenchmark>().RunAsync(benchmark, Console.Out);
        await app.Services.GetRequiredService<PdfRenderer>().DisposeAsync(); // closes the shared Chromium
        Environment.ExitCode = passed ? 0 : 1;
        return;
    }
}

app.UseForwardedHeaders();
if (!isDevelopment)
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
    app.UseHttpsRedirection();
}
app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
app.UseStaticFiles();
app.UseImportUploadLimit("/Services/Import", importLimits);
app.UseUploadLimit("/verify", PartnerPortal.Pages.Verify.IndexModel.MaxRequestBytes);
app.UseRouting();
app.UseCors();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/healthz", async (PortalDbContext db, CancellationToken ct) =>
        await db.Database.CanConnectAsync(ct) ? Results.Text("ok") : Results.StatusCode(StatusCodes.Status503ServiceUnavailable))
    .AllowAnonymous();
app.MapRazorPages();
app.MapHsdsApi();

var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
jobs.AddOrUpdate<OutboxDispatcher>("outbox-dispatch", d => d.DispatchAsync(CancellationToken.None), Cron.Minutely());
// Mondays 06:00 UTC.
jobs.AddOrUpdate<StaleServiceReminderJob>(StaleServiceReminderJob.RecurringId, j => j.RunAsync(CancellationToken.None), "0 6 * * 1");
// Daily, early UTC: expire first, so that an agreement past its end date is not also warned about it.
jobs.AddOrUpdate<AgreementJobs>(AgreementJobs.ExpireId, j => j.ExpireAsync(CancellationToken.None), "0 5 * * *");
jobs.AddOrUpdate<AgreementJobs>(AgreementJobs.EndDateWarningId, j => j.WarnBeforeEndDateAsync(CancellationToken.None), "10 5 * * *");
jobs.AddOrUpdate<AgreementJobs>(AgreementJobs.SignatureReminderId, j => j.RemindSignatoriesAsync(CancellationToken.None), "20 5 * * *");
// Daily; it writes only once the reminder date of the last half-year has come, once per initiative.
jobs.AddOrUpdate<ProgressReminderJob>(ProgressReminderJob.RecurringId, j => j.RunAsync(CancellationToken.None), "30 5 * * *");
// 1 January and 1 July, 03:00 UTC: the reports of the half-year that just closed.
jobs.AddOrUpdate<ReportScheduleJob>(ReportScheduleJob.RecurringId, j => j.RunAsync(CancellationToken.None), ReportScheduleJob.Cron);

app.Run();

static Task HtmxAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
{
    if (ctx.Request.Headers.ContainsKey("HX-Request"))
    {
        ctx.Response.StatusCode = status;
        ctx.Response.Headers["HX-Redirect"] = ctx.RedirectUri;
        return Task.CompletedTask;
    }
    ctx.Response.Redirect(ctx.RedirectUri);
    return Task.CompletedTask;
}

public partial class Program;
