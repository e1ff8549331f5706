namespace PartnerPortal.Infrastructure;

public static class HtmxRequests
{
    /// <summary>
    /// True when htmx asks for a fragment. A history-restore request also carries HX-Request but
    /// needs the whole page, or the back button would show a bare fragment.
    /// </summary>
    public static bool WantsFragment(this HttpRequest request) =>
        request.Headers.ContainsKey("HX-Request") && !request.Headers.ContainsKey("HX-History-Restore-Request");
}
