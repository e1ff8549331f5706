namespace PartnerPortal.Infrastructure.Seeding;

/// <summary>
/// Where demo services are delivered: a profile per demo country (currency, phone formats, names,
/// opening hours, address style) and the places (districts or municipalities of the demo area tree)
/// with approximate coordinates, the languages spoken there and how many services they hold.
/// Coordinates are rounded town centres; addresses and postal codes are plausible, not real.
/// </summary>
internal static class DemoPlaces
{
    /// <param name="PerUsd">Rough exchange rate used to turn demo fees into local amounts.</param>
    /// <param name="Round">Fees are rounded to a multiple of this.</param>
    /// <param name="Cells">Mobile number patterns; '#' is replaced by a digit.</param>
    /// <param name="Addresses">Address patterns: {q} a quarter or street of the place, {n} a number, {w} a ward.</param>
    internal sealed record CountryProfile(string Code, string Name, string Currency, decimal PerUsd, decimal Round,
        string[] Cells, string[] Voices, string[] FirstNames, string[] LastNames, string Week, TimeOnly Opens, TimeOnly Closes,
        string[] Addresses, string ExtraLanguages, string ReferenceLanguage);

    /// <param name="Key">Area key as the demo seeder builds it: "CC|Region|District[|Municipality]".</param>
    /// <param name="Services">How many services are delivered there (before second places of delivery).</param>
    /// <param name="Languages">Language keys of <see cref="Languages"/>, most used first.</param>
    /// <param name="Quarters">Quarters (or streets) used in addresses, separated by ';'.</param>
    internal sealed record Place(string Key, string City, double Lat, double Lon, int Services, string Languages,
        string Quarters, string? PostalCode = null)
    {
        public string CountryCode => Key[..2];
        public string Region => Key.Split('|')[1];
        /// <summary>The district key (the place itself when it is a district).</summary>
        public string DistrictKey => string.Join('|', Key.Split('|').Take(3));
    }

    /// <summary>Language key → (name as shown, ISO 639 code).</summary>
    internal static readonly Dictionary<string, (string Name, string Code)> Languages = new()
    {
        ["fr"] = ("French", "fr"), ["en"] = ("English", "en"), ["ar"] = ("Arabic", "ar"),
        ["pular"] = ("Pular", "fuf"), ["pulaar"] = ("Pulaar", "fuc"), ["fula"] = ("Fula", "ff"),
        ["sus"] = ("Susu", "sus"), ["malinke"] = ("Malinké", "emk"), ["kissi"] = ("Kissi", "kqs"), ["kpelle"] = ("Kpelle", "gkp"),
        ["wo"] = ("Wolof", "wo"), ["mnk"] = ("Mandinka", "mnk"), ["dyo"] = ("Jola", "dyo"), ["snk"] = ("Soninke", "snk"),
        ["dyu"] = ("Dioula", "dyu"), ["bci"] = ("Baoulé", "bci"), ["bete"] = ("Bété", "bev"), ["senufo"] = ("Sénoufo", "sef"),
        ["ka"] = ("Georgian", "ka"), ["ru"] = ("Russian", "ru"), ["az"] = ("Azerbaijani", "az"), ["hy"] = ("Armenian", "hy"),
        ["de"] = ("German", "de"), ["hi"] = ("Hindi", "hi"),
        ["ne"] = ("Nepali", "ne"), ["mai"] = ("Maithili", "mai"), ["bho"] = ("Bhojpuri", "bho"), ["thl"] = ("Tharu", "thl"),
    };

    internal static readonly Dictionary<string, CountryProfile> Countries = new[]
    {
        new CountryProfile("GN", "Guinea", "GNF", 8600m, 1000m,
            ["+224 62# ## ## ##", "+224 66# ## ## ##", "+224 65# ## ## ##"], ["+224 30 4# ## ##"],
            ["Mamadou", "Fatoumata", "Aïssatou", "Ibrahima", "Mariama", "Alpha", "Kadiatou", "Ousmane", "Hawa", "Sékou", "Fanta", "Boubacar", "Aminata", "Thierno", "Nènè", "Lansana"],
            ["Diallo", "Barry", "Bah", "Camara", "Sylla", "Soumah", "Condé", "Keïta", "Touré", "Kouyaté", "Sow", "Baldé", "Bangoura", "Cissé", "Kaba", "Fofana"],
            "MO,TU,WE,TH,FR", new(8, 0), new(16, 30),
            ["Quartier {q}, près du marché central", "Quartier {q}, route nationale", "Quartier {q}, face à la grande mosquée", "Quartier {q}, à côté de la mairie"],
            "en ar", "fr"),
        new CountryProfile("SN", "Senegal", "XOF", 600m, 500m,
            ["+221 77 ### ## ##", "+221 78 ### ## ##", "+221 76 ### ## ##"], ["+221 33 9## ## ##", "+221 33 8## ## ##"],
            ["Awa", "Moussa", "Fatou", "Cheikh", "Ndèye", "Abdoulaye", "Khady", "Modou", "Mame", "Babacar", "Aminata", "Ousmane", "Seynabou", "Pape", "Coumba", "Lamine"],
            ["Diop", "Ndiaye", "Fall", "Sow", "Ba", "Diallo", "Sarr", "Faye", "Gueye", "Cissé", "Mbaye", "Diouf", "Seck", "Tall", "Kane", "Sané"],
            "MO,TU,WE,TH,FR", new(8, 0), new(17, 0),
            ["Quartier {q}, près du marché", "Quartier {q}, route nationale", "{q}, rue {n}", "Quartier {q}, face à la mairie"],
            "en ar", "fr"),
        new CountryProfile("GM", "The Gambia", "GMD", 70m, 5m,
            ["+220 7## ####", "+220 3## ####", "+220 9## ####"], ["+220 4## ####"],
            ["Lamin", "Fatou", "Ebrima", "Isatou", "Modou", "Mariama", "Alieu", "Binta", "Omar", "Haddy", "Bakary", "Awa", "Musa", "Kaddy", "Sainey", "Ndey"],
            ["Jallow", "Ceesay", "Touray", "Bah", "Sanneh", "Jammeh", "Darboe", "Camara", "Njie", "Sowe", "Jobe", "Drammeh", "Manneh", "Colley", "Saidy", "Fatty"],
            "MO,TU,WE,TH,FR", new(8, 0), new(16, 0),
            ["{q}, near the market", "{q}, along the main highway", "{n} Mosque Road, {q}", "{q}, opposite the football field"],
            "fr ar", "en"),
        new CountryProfile("CI", "Côte d'Ivoire", "XOF", 600m, 500m,
            ["+225 07 ## ## ## ##", "+225 05 ## ## ## ##", "+225 01 ## ## ## ##"], ["+225 27 ## ## ## ##"],
            ["Yao", "Adjoua", "Kouassi", "Aya", "Koffi", "Affoué", "Konan", "Awa", "Drissa", "Mariam", "Serge", "Akissi", "Lacina", "Brigitte", "Didier", "Salimata"],
            ["Kouamé", "Koné", "Ouattara", "Traoré", "Yao", "N'Guessan", "Bamba", "Coulibaly", "Konan", "Diomandé", "Kra", "Gnahoré", "Zadi", "Tanoh", "Soro", "Kouadio"],
            "MO,TU,WE,TH,FR", new(7, 30), new(16, 30),
            ["Quartier {q}, près du grand marché", "{q}, rue {n}", "Quartier {q}, derrière la mairie", "{q}, boulevard principal"],
            "en ar", "fr"),
        new CountryProfile("GE", "Georgia", "GEL", 2.7m, 1m,
            ["+995 55# ## ## ##", "+995 57# ## ## ##", "+995 59# ## ## ##"], ["+995 4## ## ## ##"],
            ["Nino", "Giorgi", "Tamar", "Levan", "Ketevan", "Davit", "Mariam", "Irakli", "Natia", "Zurab", "Eka", "Lasha", "Salome", "Nika", "Tea", "Gela"],
            ["Kapanadze", "Gelashvili", "Maisuradze", "Lomidze", "Tsiklauri", "Abashidze", "Japaridze", "Kvaratskhelia", "Bolkvadze", "Chkheidze", "Nozadze", "Mchedlishvili", "Dolidze", "Gogoladze", "Kharaishvili", "Beridze"],
            "MO,TU,WE,TH,FR", new(9, 0), new(18, 0),
            ["{n} {q}", "{n} {q}, 2nd floor"],
            "en de", "ka"),
        new CountryProfile("NP", "Nepal", "NPR", 135m, 10m,
            ["+977 98########", "+977 97########"], ["+977 ## ### ###"],
            ["Sita", "Ram", "Gita", "Hari", "Kamala", "Bikash", "Sunita", "Prakash", "Anita", "Rajesh", "Laxmi", "Suman", "Sabina", "Dipak", "Maya", "Krishna"],
            ["Shrestha", "Tamang", "Thapa", "Magar", "Rai", "Adhikari", "Sharma", "Poudel", "KC", "Yadav", "Chaudhary", "Bhandari", "Karki", "Limbu", "Gurung", "Pandey"],
            "SU,MO,TU,WE,TH,FR", new(10, 0), new(17, 0),
            ["Ward No. {w}, {q}", "{q}, ward {w}"],
            "en hi", "ne"),
    }.ToDictionary(c => c.Code);

    private static Place P(string key, string city, double lat, double lon, int services, string languages, string quarters, string? postal = null) =>
        new(key, city, lat, lon, services, languages, quarters, postal);

    /// <summary>
    /// The counts add up to about 450 services. Kindia prefecture (the demo local authority's
    /// jurisdiction) holds 30 over its four communes; every other jurisdiction has some too.
    /// </summary>
    internal static readonly Place[] All =
    [
        // ---- Guinea
        P("GN|Conakry|Conakry Special Zone|Kaloum", "Conakry", 9.509, -13.712, 6, "fr sus pular malinke", "Almamya;Boulbinet;Sandervalia"),
        P("GN|Conakry|Conakry Special Zone|Dixinn", "Conakry", 9.552, -13.672, 5, "fr sus pular", "Dixinn Centre;Landréah;Cameroun"),
        P("GN|Conakry|Conakry Special Zone|Matam", "Conakry", 9.541, -13.652, 4, "fr sus pular", "Bonfi;Madina"),
        P("GN|Conakry|Conakry Special Zone|Ratoma", "Conakry", 9.620, -13.623, 7, "fr sus pular malinke", "Kipé;Taouyah;Hamdallaye"),
        P("GN|Conakry|Conakry Special Zone|Matoto", "Conakry", 9.585, -13.590, 6, "fr sus pular", "Tombolia;Dabondy;Matoto Centre"),
        P("GN|Kindia|Kindia|Kindia urban commune", "Kindia", 10.057, -12.865, 14, "fr sus pular", "Abattoir;Banlieue;Manquepas;Wondima"),
        P("GN|Kindia|Kindia|Friguiagbé", "Friguiagbé", 9.958, -12.936, 6, "sus fr pular", "Friguiagbé Centre;Gare"),
        P("GN|Kindia|Kindia|Mambia", "Mambia", 9.973, -12.622, 5, "sus fr", "Mambia Centre"),
        P("GN|Kindia|Kindia|Souguéta", "Souguéta", 10.283, -12.787, 5, "pular sus fr", "Souguéta Centre"),
        P("GN|Kindia|Coyah|Coyah urban commune", "Coyah", 9.707, -13.387, 5, "fr sus", "Sanoyah;Coyah Centre"),
        P("GN|Kindia|Coyah|Manéah", "Manéah", 9.738, -13.426, 3, "sus fr", "Manéah Centre"),
        P("GN|Kindia|Coyah|Wonkifong", "Wonkifong", 9.668, -13.249, 2, "sus fr", "Wonkifong Centre"),
        P("GN|Kindia|Dubréka|Dubréka urban commune", "Dubréka", 9.791, -13.523, 4, "fr sus", "Kalémodia;Dubréka Centre"),
        P("GN|Kindia|Dubréka|Tanéné", "Tanéné", 9.953, -13.371, 2, "sus fr", "Tanéné Centre"),
        P("GN|Kindia|Forécariah", "Forécariah", 9.430, -13.088, 3, "sus fr", "Forécariah Centre;Marché"),
        P("GN|Kindia|Télimélé", "Télimélé", 10.905, -13.043, 3, "pular fr", "Télimélé Centre"),
        P("GN|Labé|Labé|Labé urban commune", "Labé", 11.318, -12.283, 9, "pular fr", "Kouroula;Tata;Pounthioun"),
        P("GN|Labé|Labé|Popodara", "Popodara", 11.420, -12.350, 2, "pular fr", "Popodara Centre"),
        P("GN|Labé|Labé|Hafia", "Hafia", 11.350, -12.400, 2, "pular fr", "Hafia Centre"),
        P("GN|Mamou|Pita", "Pita", 11.056, -12.396, 2, "pular fr", "Pita Centre"),
        P("GN|Mamou|Mamou", "Mamou", 10.375, -12.091, 4, "pular fr sus", "Petel;Almamya"),
        P("GN|Mamou|Dalaba", "Dalaba", 10.690, -12.250, 1, "pular fr", "Dalaba Centre"),
        P("GN|Kankan|Kankan|Kankan urban commune", "Kankan", 10.385, -9.306, 5, "malinke fr", "Kabada;Salamani"),
        P("GN|Kankan|Siguiri", "Siguiri", 11.422, -9.169, 3, "malinke fr", "Siguiri Centre"),
        P("GN|Boké|Boké", "Boké", 10.940, -14.296, 3, "sus pular fr", "Kakandé;Boké Centre"),
        P("GN|Faranah|Faranah", "Faranah", 10.041, -10.742, 2, "malinke fr", "Faranah Centre"),
        P("GN|Nzérékoré|Nzérékoré", "Nzérékoré", 7.756, -8.818, 4, "fr kpelle malinke", "Commercial;Mohomou"),
        P("GN|Nzérékoré|Guéckédou", "Guéckédou", 8.565, -10.133, 2, "fr kissi malinke", "Guéckédou Centre"),
        // ---- Senegal
        P("SN|Dakar|Dakar|Médina", "Dakar", 14.680, -17.448, 5, "fr wo", "Rue 6;Gueule Tapée"),
        P("SN|Dakar|Dakar|Grand Yoff", "Dakar", 14.733, -17.463, 4, "fr wo pulaar", "Arafat;Khar Yalla"),
        P("SN|Dakar|Dakar|Parcelles Assainies", "Dakar", 14.764, -17.440, 4, "fr wo", "Unité 15;Unité 22"),
        P("SN|Dakar|Guédiawaye|Golf Sud", "Guédiawaye", 14.768, -17.393, 3, "wo fr", "Golf Sud;Hamo 4"),
        P("SN|Dakar|Guédiawaye|Sam Notaire", "Guédiawaye", 14.775, -17.405, 2, "wo fr", "Sam Notaire"),
        P("SN|Dakar|Guédiawaye|Wakhinane Nimzatt", "Guédiawaye", 14.783, -17.412, 2, "wo fr", "Wakhinane"),
        P("SN|Dakar|Pikine|Thiaroye-sur-Mer", "Pikine", 14.742, -17.352, 3, "wo fr", "Thiaroye Gare;Thiaroye Village"),
        P("SN|Dakar|Pikine|Yeumbeul Nord", "Pikine", 14.781, -17.340, 2, "wo fr pulaar", "Yeumbeul"),
        P("SN|Dakar|Rufisque", "Rufisque", 14.716, -17.273, 3, "wo fr", "Keury Kao;Thiawlène"),
        P("SN|Tambacounda|Tambacounda|Tambacounda commune", "Tambacounda", 13.771, -13.668, 12, "fr pulaar wo mnk", "Médina Coura;Pont;Abattoirs;Liberté"),
        P("SN|Tambacounda|Tambacounda|Koussanar", "Koussanar", 13.874, -14.085, 4, "pulaar wo fr", "Koussanar Centre"),
        P("SN|Tambacounda|Tambacounda|Missirah", "Missirah", 13.622, -13.510, 3, "mnk pulaar fr", "Missirah Centre"),
        P("SN|Tambacounda|Bakel|Bakel commune", "Bakel", 14.904, -12.461, 3, "snk pulaar fr", "Grand Bakel;Yaguiné"),
        P("SN|Tambacounda|Goudiry", "Goudiry", 14.183, -12.719, 2, "pulaar snk fr", "Goudiry Centre"),
        P("SN|Tambacounda|Koumpentoum", "Koumpentoum", 13.983, -14.554, 2, "wo pulaar fr", "Koumpentoum Centre"),
        P("SN|Kolda|Kolda|Kolda commune", "Kolda", 12.893, -14.941, 9, "pulaar fr mnk", "Sikilo;Doumassou;Saré Kémo"),
        P("SN|Kolda|Kolda|Dioulacolon", "Dioulacolon", 12.950, -14.833, 2, "pulaar fr", "Dioulacolon Centre"),
        P("SN|Kolda|Kolda|Saré Bidji", "Saré Bidji", 12.830, -14.850, 2, "pulaar fr", "Saré Bidji Centre"),
        P("SN|Kolda|Vélingara|Vélingara commune", "Vélingara", 13.150, -14.110, 3, "pulaar fr mnk", "Vélingara Centre;Escale"),
        P("SN|Kolda|Médina Yoro Foulah", "Médina Yoro Foulah", 13.293, -14.715, 1, "pulaar fr", "Médina Yoro Foulah Centre"),
        P("SN|Sédhiou|Sédhiou|Sédhiou commune", "Sédhiou", 12.708, -15.557, 4, "mnk pulaar fr dyo", "Santassou;Montagne"),
        P("SN|Ziguinchor|Ziguinchor", "Ziguinchor", 12.565, -16.272, 3, "fr dyo wo mnk", "Boucotte;Lyndiane"),
        P("SN|Kaolack|Kaolack", "Kaolack", 14.152, -16.073, 3, "wo fr", "Léona;Kasnack"),
        P("SN|Diourbel|Diourbel", "Diourbel", 14.655, -16.232, 2, "wo fr", "Keur Goumack"),
        P("SN|Diourbel|Mbacké", "Mbacké", 14.791, -15.908, 2, "wo fr", "Mbacké Centre"),
        P("SN|Thiès|Thiès", "Thiès", 14.791, -16.926, 3, "wo fr", "Randoulène;Grand Standing"),
        P("SN|Saint-Louis|Saint-Louis|Saint-Louis commune", "Saint-Louis", 16.026, -16.489, 3, "wo fr pulaar", "Sor;Guet Ndar"),
        P("SN|Matam|Matam", "Matam", 15.656, -13.256, 3, "pulaar fr snk", "Gourel Serigne;Soubalo"),
        P("SN|Saint-Louis|Podor", "Podor", 16.652, -14.959, 1, "pulaar fr", "Podor Centre"),
        // ---- The Gambia
        P("GM|Kanifing|Serekunda", "Serekunda", 13.438, -16.678, 10, "en mnk wo fula", "Dippa Kunda;London Corner;Kairaba Avenue"),
        P("GM|Kanifing|Bakau", "Bakau", 13.478, -16.682, 5, "en wo mnk", "Cape Point;New Town"),
        P("GM|Kanifing|Latrikunda", "Latrikunda", 13.445, -16.660, 4, "en mnk wo", "Latrikunda Sabiji;German"),
        P("GM|West Coast Region|Kombo North|Sukuta", "Sukuta", 13.411, -16.706, 4, "en mnk wo", "Sukuta Nema;Salagi"),
        P("GM|West Coast Region|Kombo North|Brufut", "Brufut", 13.383, -16.750, 3, "en mnk dyo", "Brufut Gardens;Ghana Town"),
        P("GM|West Coast Region|Kombo North|Busumbala", "Busumbala", 13.340, -16.672, 2, "mnk en", "Busumbala Village"),
        P("GM|West Coast Region|Kombo Central|Brikama", "Brikama", 13.271, -16.649, 9, "en mnk fula dyo", "Nyambai;Mandinaring;Kabafita"),
        P("GM|West Coast Region|Kombo South|Gunjur", "Gunjur", 13.180, -16.759, 3, "mnk en", "Gunjur Kajabang"),
        P("GM|West Coast Region|Kombo South|Sanyang", "Sanyang", 13.261, -16.783, 2, "mnk en", "Sanyang Village"),
        P("GM|West Coast Region|Foni Brefet", "Foni Brefet", 13.200, -16.210, 2, "dyo mnk en", "Bwiam;Brefet"),
        P("GM|Lower River Region|Jarra West|Soma", "Soma", 13.437, -15.533, 3, "mnk fula en", "Soma Station"),
        P("GM|Lower River Region|Jarra West|Mansakonko", "Mansakonko", 13.465, -15.543, 2, "mnk en", "Mansakonko Village"),
        P("GM|North Bank Region|Lower Niumi|Barra", "Barra", 13.483, -16.545, 2, "wo mnk en", "Barra Ferry Terminal"),
        P("GM|North Bank Region|Upper Baddibu|Farafenni", "Farafenni", 13.567, -15.600, 4, "wo mnk fula en", "Lumo Grounds;Farafenni Town"),
        P("GM|Central River Region|Janjanbureh|Janjanbureh town", "Janjanbureh", 13.540, -14.766, 3, "mnk fula en", "Lamin Koto;Town Centre"),
        P("GM|Central River Region|Fulladu West|Bansang", "Bansang", 13.433, -14.650, 2, "fula mnk en", "Bansang Hospital Road"),
        P("GM|Upper River Region|Fulladu East|Basse Santa Su", "Basse", 13.309, -14.215, 5, "fula snk mnk en", "Mansajang;Kabakama"),
        // ---- Côte d'Ivoire
        P("CI|Abidjan|Abidjan|Abobo", "Abidjan", 5.416, -4.016, 5, "fr dyu", "Abobo Gare;PK 18;Sagbé"),
        P("CI|Abidjan|Abidjan|Adjamé", "Abidjan", 5.360, -4.021, 3, "fr dyu", "Adjamé Liberté;220 Logements"),
        P("CI|Abidjan|Abidjan|Cocody", "Abidjan", 5.354, -3.990, 3, "fr", "Riviera 2;Angré"),
        P("CI|Abidjan|Abidjan|Koumassi", "Abidjan", 5.296, -3.950, 3, "fr dyu", "Remblais;Sicogi"),
        P("CI|Abidjan|Abidjan|Treichville", "Abidjan", 5.298, -4.010, 3, "fr dyu", "Avenue 16;Arras"),
        P("CI|Abidjan|Abidjan|Yopougon", "Abidjan", 5.340, -4.088, 6, "fr dyu bci", "Niangon;Sideci;Selmer"),
        P("CI|Haut-Sassandra|Daloa|Daloa commune", "Daloa", 6.877, -6.450, 9, "fr bete dyu", "Lobia;Tazibouo;Orly;Kennedy"),
        P("CI|Haut-Sassandra|Daloa|Gadouan", "Gadouan", 6.950, -6.353, 2, "bete fr", "Gadouan Centre"),
        P("CI|Haut-Sassandra|Daloa|Gboguhé", "Gboguhé", 6.770, -6.480, 1, "bete fr", "Gboguhé Centre"),
        P("CI|Haut-Sassandra|Issia", "Issia", 6.492, -6.586, 2, "bete fr dyu", "Issia Centre"),
        P("CI|Haut-Sassandra|Vavoua", "Vavoua", 7.381, -6.478, 2, "fr dyu", "Vavoua Centre"),
        P("CI|Gbêkê|Bouaké|Bouaké commune", "Bouaké", 7.690, -5.030, 8, "fr bci dyu", "Koko;Air France;Dar-es-Salam;Commerce"),
        P("CI|Gbêkê|Bouaké|Djébonoua", "Djébonoua", 7.584, -5.011, 1, "bci fr", "Djébonoua Centre"),
        P("CI|Gbêkê|Béoumi", "Béoumi", 7.674, -5.580, 1, "bci fr", "Béoumi Centre"),
        P("CI|San-Pédro|San-Pédro", "San-Pédro", 4.748, -6.636, 3, "fr dyu", "Bardot;Cité"),
        P("CI|Poro|Korhogo", "Korhogo", 9.458, -5.630, 3, "fr senufo dyu", "Soba;Petit Paris"),
        P("CI|Tonkpi|Man", "Man", 7.412, -7.554, 2, "fr dyu", "Libreville;Domoraud"),
        // ---- Georgia
        P("GE|Tbilisi|Gldani", "Tbilisi", 41.790, 44.817, 4, "ka ru", "Khizanishvili Street;Bakhtrioni Street", "0167"),
        P("GE|Tbilisi|Isani", "Tbilisi", 41.690, 44.840, 3, "ka ru", "Ketevan Tsamebuli Avenue;Moscow Avenue", "0112"),
        P("GE|Tbilisi|Nadzaladevi", "Tbilisi", 41.751, 44.790, 2, "ka ru", "Tsereteli Avenue;Gudiashvili Street", "0119"),
        P("GE|Tbilisi|Saburtalo", "Tbilisi", 41.727, 44.752, 4, "ka en ru", "Pekini Avenue;Vazha-Pshavela Avenue", "0177"),
        P("GE|Tbilisi|Samgori", "Tbilisi", 41.689, 44.874, 3, "ka ru", "Kakheti Highway;Ketevan Dedopali Avenue", "0144"),
        P("GE|Imereti|Kutaisi", "Kutaisi", 42.270, 42.700, 12, "ka ru en", "Rustaveli Avenue;Tsereteli Street;Chavchavadze Avenue;Paliashvili Street", "4600"),
        P("GE|Imereti|Tskaltubo Municipality|Tskaltubo", "Tskaltubo", 42.326, 42.600, 3, "ka ru", "Rustaveli Street;Chavchavadze Street", "5400"),
        P("GE|Imereti|Zestafoni Municipality|Zestafoni", "Zestafoni", 42.110, 43.040, 2, "ka ru", "Aghmashenebeli Street", "2000"),
        P("GE|Imereti|Samtredia Municipality|Samtredia", "Samtredia", 42.162, 42.340, 2, "ka ru", "Tsereteli Street", "4800"),
        P("GE|Adjara|Batumi", "Batumi", 41.643, 41.634, 6, "ka ru en", "Chavchavadze Street;Gorgasali Street;Rustaveli Avenue", "6000"),
        P("GE|Adjara|Kobuleti Municipality|Kobuleti", "Kobuleti", 41.820, 41.776, 2, "ka ru", "Aghmashenebeli Avenue", "6200"),
        P("GE|Kvemo Kartli|Rustavi", "Rustavi", 41.549, 45.005, 3, "ka ru az", "Megobroba Avenue;Kostava Street", "3700"),
        P("GE|Kvemo Kartli|Marneuli Municipality|Marneuli", "Marneuli", 41.476, 44.809, 2, "ka az ru", "Rustaveli Street", "3000"),
        P("GE|Shida Kartli|Gori Municipality|Gori", "Gori", 41.984, 44.113, 2, "ka ru", "Chavchavadze Street;Tsabadze Street", "1400"),
        P("GE|Kakheti|Telavi Municipality|Telavi", "Telavi", 41.919, 45.474, 1, "ka ru", "Erekle II Street", "2200"),
        P("GE|Samegrelo-Zemo Svaneti|Zugdidi Municipality|Zugdidi", "Zugdidi", 42.509, 41.871, 2, "ka ru", "Rustaveli Street;Gamsakhurdia Avenue", "2100"),
        // ---- Nepal
        P("NP|Bagmati Province|Kathmandu|Kathmandu Metropolitan City", "Kathmandu", 27.708, 85.320, 8, "ne en", "Baneshwor;Kalimati;Chabahil", "44600"),
        P("NP|Bagmati Province|Kathmandu|Kirtipur Municipality", "Kirtipur", 27.678, 85.278, 2, "ne en", "Naya Bazar", "44618"),
        P("NP|Bagmati Province|Kathmandu|Budhanilkantha Municipality", "Budhanilkantha", 27.765, 85.365, 2, "ne", "Chapali", "44622"),
        P("NP|Bagmati Province|Lalitpur|Lalitpur Metropolitan City", "Lalitpur", 27.667, 85.324, 4, "ne en", "Pulchowk;Jawalakhel", "44700"),
        P("NP|Lumbini Province|Rupandehi|Butwal Sub-Metropolitan City", "Butwal", 27.700, 83.448, 12, "ne bho thl en", "Traffic Chowk;Golpark;Kalikanagar", "32907"),
        P("NP|Lumbini Province|Rupandehi|Siddharthanagar Municipality", "Siddharthanagar", 27.505, 83.450, 3, "ne bho thl", "Bhairahawa Bazar", "32900"),
        P("NP|Lumbini Province|Rupandehi|Tilottama Municipality", "Tilottama", 27.630, 83.470, 3, "ne bho", "Manigram;Yogikuti", "32903"),
        P("NP|Koshi Province|Morang|Biratnagar Metropolitan City", "Biratnagar", 26.455, 87.280, 4, "ne mai en", "Traffic Chowk;Main Road", "56613"),
        P("NP|Koshi Province|Sunsari|Dharan Sub-Metropolitan City", "Dharan", 26.812, 87.284, 2, "ne", "Bhanu Chowk", "56700"),
        P("NP|Koshi Province|Sunsari|Itahari Sub-Metropolitan City", "Itahari", 26.664, 87.276, 2, "ne mai", "Itahari Chowk", "56705"),
        P("NP|Madhesh Province|Dhanusha|Janakpurdham Sub-Metropolitan City", "Janakpurdham", 26.729, 85.926, 3, "mai ne", "Ramanand Chowk;Janaki Mandir area", "45600"),
        P("NP|Bagmati Province|Sindhupalchok|Chautara Sangachokgadhi Municipality", "Chautara", 27.778, 85.715, 2, "ne", "Chautara Bazar", "45300"),
        P("NP|Bagmati Province|Sindhupalchok|Melamchi Municipality", "Melamchi", 27.832, 85.578, 1, "ne", "Melamchi Bazar", "45310"),
        P("NP|Bagmati Province|Makwanpur|Hetauda Sub-Metropolitan City", "Hetauda", 27.428, 85.032, 2, "ne", "Hetauda Bazar", "44107"),
        P("NP|Gandaki Province|Kaski|Pokhara Metropolitan City", "Pokhara", 28.210, 83.986, 4, "ne en", "Lakeside;Prithvi Chowk;Bagar", "33700"),
        P("NP|Lumbini Province|Dang|Ghorahi Sub-Metropolitan City", "Ghorahi", 28.040, 82.487, 2, "ne thl", "Ghorahi Bazar", "22400"),
        P("NP|Lumbini Province|Dang|Tulsipur Sub-Metropolitan City", "Tulsipur", 28.131, 82.297, 1, "ne thl", "Tulsipur Bazar", "22412"),
        P("NP|Karnali Province|Surkhet|Birendranagar Municipality", "Birendranagar", 28.601, 81.633, 2, "ne", "Birendra Chowk", "21700"),
        P("NP|Sudurpashchim Province|Kailali|Dhangadhi Sub-Metropolitan City", "Dhangadhi", 28.700, 80.590, 3, "ne thl", "Chauraha;Campus Road", "10900"),
    ];
}
