namespace PartnerPortal.Domain;

/// <summary>
/// Turns before/after snapshots of a service's fields into HSDS metadata rows: one per changed
/// field, with who and when. Snapshots are plain text so any field (dates, flags, lists) compares alike.
/// </summary>
public static class ServiceHistory
{
    public static IEnumerable<ServiceChange> Changes(Guid serviceId, string resourceType, Guid resourceId,
        IReadOnlyDictionary<string, string?> before, IReadOnlyDictionary<string, string?> after,
        string updatedBy, DateTime atUtc, string actionType = "update") =>
        after.Where(kv => before.GetValueOrDefault(kv.Key) != kv.Value)
            .Select(kv => new ServiceChange
            {
                ServiceId = serviceId, ResourceType = resourceType, ResourceId = resourceId, AtUtc = atUtc,
                ActionType = actionType, FieldName = kv.Key, PreviousValue = before.GetValueOrDefault(kv.Key),
                ReplacementValue = kv.Value, UpdatedBy = updatedBy,
            });

    /// <summary>The fields of a service that its history tracks, by their HSDS (or extension) names.</summary>
    public static Dictionary<string, string?> Snapshot(Service s) => new()
    {
        ["name"] = s.Name,
        ["alternate_name"] = s.AlternateName,
        ["description"] = s.Description,
        ["url"] = s.Url,
        ["email"] = s.Email,
        ["status"] = StatusName(s.Status),
        ["published"] = s.IsPublished ? "yes" : "no",
        ["category_id"] = s.CategoryId.ToString(),
        ["dimension"] = s.Dimension.ToString(),
        ["level"] = s.Level.ToString(),
        ["target_groups"] = string.Join(",", s.TargetGroups.Select(t => t.TermId).Order()),
        ["eligibility_description"] = s.EligibilityDescription,
        ["minimum_age"] = s.MinimumAge?.ToString(),
        ["maximum_age"] = s.MaximumAge?.ToString(),
        ["returnee_categories"] = s.ReturneeCategories,
        ["mainstream"] = s.IsMainstream ? "yes" : "no",
        ["referral_method"] = s.ReferralMethod.ToString(),
        ["referral_required"] = s.ReferralRequired ? "yes" : "no",
        ["application_process"] = s.ApplicationProcess,
        ["next_steps"] = s.NextSteps,
        ["intake_criteria"] = s.IntakeCriteria,
        ["fees_description"] = s.FeesDescription,
        ["interpretation_services"] = s.InterpretationServices,
        ["access_barriers"] = s.AccessBarriers == AccessBarriers.None ? null : s.AccessBarriers.ToString(),
        ["access_barrier_notes"] = s.AccessBarrierNotes,
        ["quality_notes"] = s.QualityNotes,
        ["funding_source"] = s.FundingSource,
        ["funding_end_date"] = s.FundingEndDate?.ToString("yyyy-MM-dd"),
        ["complaints_mechanism"] = s.ComplaintsMechanism,
        ["alert"] = s.Alert,
    };

    public static string StatusName(ServiceStatus status) => status switch
    {
        ServiceStatus.Active => "active",
        ServiceStatus.Inactive => "inactive",
        ServiceStatus.Defunct => "defunct",
        ServiceStatus.TemporarilyClosed => "temporarily closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
