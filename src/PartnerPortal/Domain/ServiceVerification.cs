namespace PartnerPortal.Domain;

/// <summary>"Verify": someone who may edit the service confirms today that the record is true.</summary>
public static class ServiceVerification
{
    public static ServiceChange Verify(Service service, string userId, string userEmail, DateOnly today, DateTime nowUtc)
    {
        var previous = service.AssuredDate?.ToString("yyyy-MM-dd");
        service.AssuredDate = today;
        service.AssurerUserId = userId;
        service.AssurerEmail = userEmail;
        service.LastModifiedUtc = nowUtc;
        service.Version = Guid.NewGuid();
        return new ServiceChange
        {
            ServiceId = service.Id, ResourceType = "service", ResourceId = service.Id, AtUtc = nowUtc, ActionType = "verify",
            FieldName = "assured_date", PreviousValue = previous, ReplacementValue = today.ToString("yyyy-MM-dd"), UpdatedBy = userEmail,
        };
    }
}
