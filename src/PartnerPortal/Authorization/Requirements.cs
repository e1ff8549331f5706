using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using PartnerPortal.Domain;

namespace PartnerPortal.Authorization;

/// <summary>Named operations on resources, checked with IAuthorizationService.AuthorizeAsync(user, resource, op).</summary>
public static class Operations
{
    public static readonly OperationAuthorizationRequirement EditOrganisation = new() { Name = nameof(EditOrganisation) };
    public static readonly OperationAuthorizationRequirement ManageMembers = new() { Name = nameof(ManageMembers) };
    /// <summary>Resource: a country code (string).</summary>
    public static readonly OperationAuthorizationRequirement ActInCountry = new() { Name = nameof(ActInCountry) };
    /// <summary>Resource: an <see cref="AdministrativeArea"/>.</summary>
    public static readonly OperationAuthorizationRequirement InJurisdiction = new() { Name = nameof(InJurisdiction) };
}

public static class Policies
{
    public const string Administrator = nameof(Administrator);
    public const string CoordinatorOrAdministrator = nameof(CoordinatorOrAdministrator);
}

/// <summary>Role requirement answered from the fresh <see cref="UserScope"/> rather than cookie claims.</summary>
public sealed record ScopeRequirement(Func<UserScope, bool> Test) : IAuthorizationRequirement;

public sealed class ScopeRequirementHandler(CurrentUser current) : AuthorizationHandler<ScopeRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (await current.GetScopeAsync() is { } scope && requirement.Test(scope)) context.Succeed(requirement);
    }
}

public sealed class OrganisationAuthorizationHandler(CurrentUser current)
    : AuthorizationHandler<OperationAuthorizationRequirement, Organisation>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, Organisation resource)
    {
        if (await current.GetScopeAsync() is not { } scope) return;
        var allowed = requirement.Name switch
        {
            nameof(Operations.EditOrganisation) => AccessRules.CanEditOrganisation(scope, resource.Id, resource.CountryCode),
            nameof(Operations.ManageMembers) => AccessRules.CanManageMembers(scope, resource.Id),
            _ => false,
        };
        if (allowed) context.Succeed(requirement);
    }
}

public sealed class CountryAuthorizationHandler(CurrentUser current)
    : AuthorizationHandler<OperationAuthorizationRequirement, string>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, string countryCode)
    {
        if (requirement.Name == nameof(Operations.ActInCountry)
            && await current.GetScopeAsync() is { } scope && AccessRules.CanActInCountry(scope, countryCode))
            context.Succeed(requirement);
    }
}

public sealed class JurisdictionAuthorizationHandler(CurrentUser current)
    : AuthorizationHandler<OperationAuthorizationRequirement, AdministrativeArea>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context,
        OperationAuthorizationRequirement requirement, AdministrativeArea area)
    {
        if (requirement.Name == nameof(Operations.InJurisdiction)
            && await current.GetScopeAsync() is { } scope && AccessRules.IsInJurisdiction(scope, area.Path))
            context.Succeed(requirement);
    }
}
