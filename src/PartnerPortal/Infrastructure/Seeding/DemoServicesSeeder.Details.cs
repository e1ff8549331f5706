using System.Globalization;
using PartnerPortal.Domain;
using static PartnerPortal.Infrastructure.Seeding.DemoPlaces;
using static PartnerPortal.Infrastructure.Seeding.DemoServiceCatalogue;
using static PartnerPortal.Infrastructure.Seeding.DemoServiceTexts;

namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>The parts of a demo service: place of delivery, fees, barriers, phones, contact, hours, languages, areas.</summary>
internal sealed partial class DemoServicesSeeder
{
    private static readonly string[] Transport =
    [
        "Shared taxis stop in front of the building.", "Ten minutes' walk from the main market.",
        "Motorbike taxis wait at the bus station nearby.", "On the main road; ask for the building with the blue gate.",
    ];

    private static readonly string[] Accessibility =
    [
        "Ground floor with a step-free entrance.", "Ramp at the side entrance; toilets are not adapted.",
        "First floor, no lift; staff come down to meet people who cannot climb stairs.", "Step-free access and a shaded waiting area.",
    ];

    /// <summary>One place of delivery per provider and place, shared by all the services it runs there.</summary>
    private Location LocationFor(ProviderInfo provider, Place place)
    {
        if (_locations.TryGetValue((provider.Org.Id, place.Key), out var existing)) return existing;
        var profile = Countries[place.CountryCode];
        var address = Pick(profile.Addresses)
            .Replace("{q}", Pick(place.Quarters.Split(';')))
            .Replace("{n}", rng.Next(1, 80).ToString(CultureInfo.InvariantCulture))
            .Replace("{w}", rng.Next(1, 20).ToString(CultureInfo.InvariantCulture));
        var location = new Location
        {
            OrganisationId = provider.Org.Id,
            Name = provider.Office.Replace("{city}", Label(place)),
            Latitude = Math.Round(place.Lat + (rng.NextDouble() - 0.5) * 0.02, 5),
            Longitude = Math.Round(place.Lon + (rng.NextDouble() - 0.5) * 0.02, 5),
            AdministrativeAreaId = _areas[place.Key].Id,
            Address1 = address, City = place.City, StateProvince = place.Region, PostalCode = place.PostalCode, CountryCode = place.CountryCode,
            Transportation = rng.NextDouble() < 0.4 ? Pick(Transport) : null,
            AccessibilityDescription = rng.NextDouble() < 0.5 ? Pick(Accessibility) : null,
            LastModifiedUtc = _now.AddDays(-rng.Next(30, 700)),
        };
        db.Locations.Add(location);
        _locations.Add((provider.Org.Id, place.Key), location);
        return location;
    }

    private void AddCosts(Service service, Template t, CountryProfile profile)
    {
        if (t.Fee is not { } fee || rng.NextDouble() >= fee.Probability)
        {
            service.FeesDescription = Pick(["Free of charge.", "Free.", "Free of charge for everyone."]);
            return;
        }
        var amount = Math.Max(profile.Round, Math.Round(fee.Usd * profile.PerUsd / profile.Round) * profile.Round);
        var text = amount.ToString("N0", CultureInfo.InvariantCulture);
        service.FeesDescription = $"{fee.Option}: {text} {profile.Currency}." + (fee.Note is null ? "" : " " + fee.Note);
        service.CostOptions.Add(new CostOption { Option = fee.Option, Currency = profile.Currency, Amount = amount, AmountDescription = fee.Note });
    }

    private void AddAccessAndQuality(Service service, Template t, string country, string label)
    {
        if (rng.NextDouble() < 0.3)
        {
            var notes = new List<string>();
            // Eligibility limits concern returnee-specific services; fees only services that charge.
            var fitting = BarrierNotes.Where(b => (b.Barrier != AccessBarriers.Eligibility || !t.Mainstream)
                && (!b.Note.StartsWith("Fees", StringComparison.Ordinal) || service.CostOptions.Count > 0));
            foreach (var (barrier, note) in fitting.OrderBy(_ => rng.Next()).Take(rng.Next(1, 3)))
            {
                service.AccessBarriers |= barrier;
                notes.Add(note.Replace("{city}", label));
            }
            service.AccessBarrierNotes = string.Join(" ", notes);
        }
        if (rng.NextDouble() < 0.25) service.QualityNotes = Pick(QualityNotes);

        var funded = t.Mainstream ? rng.NextDouble() < 0.55 : rng.NextDouble() < 0.9;
        if (funded)
        {
            service.FundingSource = t.Mainstream ? Pick(MainstreamFunding) : Pick(ReturneeFunding[country]);
            if (rng.NextDouble() < (t.Mainstream ? 0.1 : 0.7))
                service.FundingEndDate = _today.AddDays(rng.NextDouble() < 0.35 ? rng.Next(20, 100) : rng.Next(120, 720));
        }
    }

    private void AddContactDetails(Service service, Template t, CountryProfile profile, string domain)
    {
        var voice = t.Mainstream && rng.NextDouble() < 0.5;
        var main = new Phone { Number = Digits(voice ? Pick(profile.Voices) : Pick(profile.Cells)), Type = voice ? "voice" : "cell", Description = "Reception" };
        service.Phones.Add(main);
        if (rng.NextDouble() < 0.4)
            service.Phones.Add(new Phone
            {
                Number = Digits(Pick(profile.Cells)), Type = "cell",
                Description = t.Key is "gbv" or "child" or "traffic" or "shelter" ? "Duty phone, day and night" : "Also on WhatsApp",
            });

        var first = Pick(profile.FirstNames);
        var last = Pick(profile.LastNames);
        service.Contacts.Add(new Contact
        {
            Name = $"{first} {last}", Title = t.Contact, Email = $"{Slugs.Of(first)}.{Slugs.Of(last)}@{domain}", Phone = Digits(Pick(profile.Cells)),
        });
        if (rng.NextDouble() < 0.4)
            service.ComplaintsMechanism = Pick(Complaints).Replace("{phone}", main.Number).Replace("{email}", service.Email);
    }

    private void AddSchedules(Service service, Template t, CountryProfile profile)
    {
        var special = t.Key switch
        {
            "literacy" => ("MO,WE,FR", new TimeOnly(17, 0), new TimeOnly(19, 0), "Evening classes"),
            "peer" => ("SA", new TimeOnly(10, 0), new TimeOnly(12, 0), "Group meeting on the first Saturday of the month"),
            "savings" => ("TH", new TimeOnly(15, 0), new TimeOnly(17, 0), "Weekly group meetings"),
            _ => default((string, TimeOnly, TimeOnly, string)?),
        };
        if (special is var (days, opens, closes, note))
        {
            service.Schedules.Add(new Schedule { ByDay = days, OpensAt = opens, ClosesAt = closes, Description = note });
            return;
        }
        var open = profile.Opens.AddMinutes(rng.NextDouble() < 0.25 ? 30 : 0);
        var close = profile.Closes.AddMinutes(rng.Next(-1, 2) * 30);
        service.Schedules.Add(new Schedule { ByDay = profile.Week, OpensAt = open, ClosesAt = close });
        if (t.Key is "phc" or "hospital" && rng.NextDouble() < 0.5)
            service.Schedules.Add(new Schedule { ByDay = "SA,SU", OpensAt = new(8, 0), ClosesAt = new(20, 0), Description = "Emergencies only" });
        else if (profile.Code != "NP" && rng.NextDouble() < 0.2)
            service.Schedules.Add(new Schedule { ByDay = "SA", OpensAt = new(9, 0), ClosesAt = new(12, 0) });
    }

    private void AddLanguages(Service service, Place place, CountryProfile profile)
    {
        var spoken = place.Languages.Split(' ').ToList();
        var keys = spoken.Take(1 + rng.Next(Math.Min(3, spoken.Count))).ToList();
        if (spoken.Contains(profile.ReferenceLanguage) && !keys.Contains(profile.ReferenceLanguage)) keys.Add(profile.ReferenceLanguage);
        foreach (var key in keys)
        {
            var (name, code) = Languages[key];
            service.Languages.Add(new ServiceLanguage
            {
                Name = name, Code = code, Note = key != keys[0] && rng.NextDouble() < 0.1 ? "Spoken by some staff only" : null,
            });
        }
        if (rng.NextDouble() < 0.2)
        {
            var extra = profile.ExtraLanguages.Split(' ').Where(k => !keys.Contains(k)).ToList();
            if (extra.Count == 0) return;
            var (name, code) = Languages[Pick(extra)];
            var note = Pick(InterpreterNotes);
            service.Languages.Add(new ServiceLanguage { Name = name, Code = code, Note = note });
            service.InterpretationServices = $"{note} for {name}.";
        }
    }

    /// <summary>Some services cover their whole region or district beyond their places of delivery.</summary>
    private void AddServiceAreas(Service service, Place place)
    {
        var roll = rng.NextDouble();
        if (roll < 0.15)
            service.ServiceAreas.Add(new ServiceArea
            {
                AdministrativeAreaId = _areas[$"{place.CountryCode}|{place.Region}"].Id, Description = $"The whole of {place.Region}",
            });
        else if (roll < 0.25 && place.DistrictKey != place.Key)
            service.ServiceAreas.Add(new ServiceArea
            {
                AdministrativeAreaId = _areas[place.DistrictKey].Id, Description = "Outreach across the district",
            });
    }
}
