using System.Globalization;
using System.Text;

namespace PartnerPortal.Infrastructure;

/// <summary>File names and demo addresses from names people write: "Guinée Solidarité Retour" → "guinee-solidarite-retour".</summary>
public static class Slugs
{
    /// <summary>Accents dropped, lower case; every run of anything that is not an ASCII letter or digit becomes one dash.</summary>
    public static string Of(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
