using System.Security.Cryptography;
using System.Text;
using PartnerPortal.Domain;

namespace PartnerPortal.Api.Hsds;

/// <summary>
/// The HSDS identifiers of records that have no UUID of their own in our model: the taxonomies (one
/// per <see cref="Taxonomy"/> value plus the returnee-extension taxonomy), the extension terms, and
/// the rows that HSDS keeps in tables of their own while we keep them inline (a location's address and
/// accessibility, a service's funding, an organisation's or contact's phone, attributes).
/// </summary>
/// <remarks>
/// Each is a name-based UUID, version 5 (RFC 9562 §5.5: SHA-1 of <see cref="Namespace"/> followed by
/// the UTF-8 name), so it never changes between requests, exports or releases. The names are
/// "taxonomy/{Taxonomy enum name}", "extension-term/{code}", "address/{location id}",
/// "accessibility/{location id}", "funding/{service id}", "organization-phone/{organisation id}",
/// "contact-phone/{contact id}" and "attribute/{link id}/{link type}/{term id}". Renaming an enum
/// value therefore changes its taxonomy's id.
/// </remarks>
public static class HsdsIds
{
    /// <summary>This portal's namespace for name-based UUIDs (a fixed random UUID; never change it).</summary>
    public static readonly Guid Namespace = new("5b0f6f6e-3c2a-4d8e-9a57-2f1d3c8b7a41");

    public static Guid Taxonomy(Taxonomy taxonomy) => NameBased($"taxonomy/{taxonomy}");
    public static readonly Guid ExtensionTaxonomy = NameBased("taxonomy/ReturneeExtensions");
    public static Guid ExtensionTerm(string code) => NameBased($"extension-term/{code}");
    public static Guid Address(Guid locationId) => NameBased($"address/{locationId:D}");
    public static Guid Accessibility(Guid locationId) => NameBased($"accessibility/{locationId:D}");
    public static Guid Funding(Guid serviceId) => NameBased($"funding/{serviceId:D}");
    public static Guid OrganizationPhone(Guid organizationId) => NameBased($"organization-phone/{organizationId:D}");
    public static Guid ContactPhone(Guid contactId) => NameBased($"contact-phone/{contactId:D}");
    public static Guid Attribute(Guid linkId, string linkType, Guid termId) => NameBased($"attribute/{linkId:D}/{linkType}/{termId:D}");

    /// <summary>A version 5 UUID of <paramref name="name"/> in <see cref="Namespace"/>.</summary>
    public static Guid NameBased(string name) => NameBased(Namespace, name);

    public static Guid NameBased(Guid ns, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        ns.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(hash[..16], bigEndian: true);
    }

    /// <summary>The lower-case, hyphenated form HSDS uses.</summary>
    public static string Text(Guid id) => id.ToString("D");
}
