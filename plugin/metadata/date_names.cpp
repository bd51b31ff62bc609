#include "metadata/date_names.hpp"

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "unicode/locale.hpp"

namespace artnorm {
namespace {

// Month names by month, space separated: en, de, fr, es, it, pt, nl, sv/da/nb,
// ru (nominative, genitive, abbreviations), uk, pl, cs, tr, ro, hu, fi, el, id, ca.
constexpr std::array<std::string_view, 12> kMonthNames = {
    "january jan januar jänner jaenner janvier janv enero ene gennaio janeiro januari "
    "январь января янв січень січня styczeń stycznia leden ledna ocak ianuarie január "
    "tammikuu tammikuuta ιανουάριος ιανουαρίου ιαν gener",
    "february feb febr februar février fevrier févr fév fev febrero febbraio fevereiro februari "
    "февраль февраля фев лютий лютого luty lutego únor února şubat subat februarie február "
    "helmikuu helmikuuta φεβρουάριος φεβρουαρίου φεβ febrer",
    "march mar märz mrz maerz mars marzo março marco maart mrt март марта березень березня "
    "marzec marca březen března mart martie március maaliskuu maaliskuuta μάρτιος μαρτίου "
    "μαρ maret març",
    "april apr avril avr abril abr aprile aprilie április huhtikuu huhtikuuta апрель апреля "
    "апр квітень квітня kwiecień kwietnia duben dubna nisan απρίλιος απριλίου απρ",
    "may mai mayo maggio maio mei maj май мая травень травня maja květen května mayıs mayis "
    "május toukokuu toukokuuta μάιος μαΐου maig",
    "june jun juni juin junio giugno giu junho июнь июня червень червня czerwiec czerwca "
    "červen června haziran iunie június kesäkuu kesäkuuta ιούνιος ιουνίου ιουν juny",
    "july jul juli juillet juil julio luglio lug julho июль июля липень липня lipiec lipca "
    "červenec července temmuz iulie július heinäkuu heinäkuuta ιούλιος ιουλίου ιουλ juliol",
    "august aug august augusti août aout agosto augustus август августа авг серпень серпня "
    "sierpień sierpnia srpen srpna ağustos agustos agustus augusztus elokuu elokuuta "
    "αύγουστος αυγούστου αυγ agost",
    "september sep sept septembre septiembre setiembre settembre setembro сентябрь сентября "
    "сен сент вересень вересня wrzesień września září eylül eylul septembrie szeptember "
    "syyskuu syyskuuta σεπτέμβριος σεπτεμβρίου σεπ setembre",
    "october oct oktober okt octobre octubre ottobre ott outubro октябрь октября окт жовтень "
    "жовтня październik października říjen října ekim octombrie október lokakuu lokakuuta "
    "οκτώβριος οκτωβρίου οκτ octubre",
    "november nov novembre noviembre novembro ноябрь ноября нояб ноя листопад листопада "
    "listopad listopada listopadu kasım kasim noiembrie marraskuu marraskuuta νοέμβριος "
    "νοεμβρίου νοε",
    "december dec dezember dez décembre decembre déc dic diciembre dicembre dezembro "
    "декабрь декабря дек грудень грудня grudzień grudnia prosinec prosince aralık aralik "
    "decembrie joulukuu joulukuuta δεκέμβριος δεκεμβρίου δεκ desember desembre",
};

// Abbreviations that are everyday words in another language; trusted only
// when a day number precedes them ("2 out 2023" is Portuguese, "out 2" is not).
constexpr std::array<std::pair<std::string_view, int>, 4> kAmbiguousMonths = {
    {{"out", 10}, {"set", 9}, {"gen", 1}, {"ago", 8}}};

constexpr std::string_view kWeekdays =
    "monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat "
    "sunday sun montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag lundi mardi "
    "mercredi jeudi vendredi samedi dimanche lunes martes miércoles miercoles jueves viernes "
    "sábado sabado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica segunda terça "
    "quarta quinta sexta feira maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "понедельник вторник среда четверг пятница суббота воскресенье понеділок вівторок середа "
    "четвер пʼятниця п'ятниця субота неділя poniedziałek wtorek środa czwartek piątek sobota "
    "niedziela pazartesi salı çarşamba perşembe cuma cumartesi pazar måndag tisdag onsdag "
    "torsdag fredag lördag söndag mandag tirsdag lørdag søndag";

constexpr std::string_view kTimeConnectors =
    "at um à a las alle ore om kl klo às o в во saat le den el il ab";
constexpr std::string_view kDateConnectors = "de del of";
constexpr std::string_view kYearSuffixes = "г года год р року roku r yılı m év";
constexpr std::string_view kOrdinalSuffixes = "st nd rd th er e º ª o";

template <class F>
void for_each_word(std::string_view words, F&& f) {
    while (!words.empty()) {
        const std::size_t space = words.find(' ');
        const std::string_view word = words.substr(0, space);
        if (!word.empty()) f(word);
        if (space == std::string_view::npos) break;
        words.remove_prefix(space + 1);
    }
}

struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, Hash, std::equal_to<>>;

WordSet folded_set(std::string_view words) {
    WordSet set;
    for_each_word(words, [&](std::string_view w) { set.insert(fold_case(w)); });
    return set;
}

}  // namespace

std::optional<MonthName> month_name(std::string_view folded) {
    static const auto table = [] {
        std::unordered_map<std::string, MonthName, Hash, std::equal_to<>> map;
        for (int m = 0; m < 12; ++m) {
            for_each_word(kMonthNames[m], [&](std::string_view w) { map[fold_case(w)] = {m + 1, false}; });
        }
        for (const auto& [word, month] : kAmbiguousMonths) map[std::string(word)] = {month, true};
        return map;
    }();
    const auto it = table.find(folded);
    if (it == table.end()) return std::nullopt;
    return it->second;
}

bool is_weekday_name(std::string_view folded) {
    static const WordSet set = folded_set(kWeekdays);
    return set.find(folded) != set.end();
}

bool is_time_connector(std::string_view folded) {
    static const WordSet set = folded_set(kTimeConnectors);
    return set.find(folded) != set.end();
}

bool is_date_connector(std::string_view folded) {
    static const WordSet set = folded_set(kDateConnectors);
    return set.find(folded) != set.end();
}

bool is_year_suffix(std::string_view folded) {
    static const WordSet set = folded_set(kYearSuffixes);
    return set.find(folded) != set.end();
}

bool is_ordinal_suffix(std::string_view folded) {
    static const WordSet set = folded_set(kOrdinalSuffixes);
    return set.find(folded) != set.end();
}

}  // namespace artnorm
