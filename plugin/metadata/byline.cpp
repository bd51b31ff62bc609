// Bylines. A line is a byline when one of two named rules accepts it:
//  * rule "byline marker": it starts with a marker ("By", "Written by",
//    "Posted by", "Von", "Par", "Por", "Di", "Door", "Av", "Autor:",
//    "Автор:", ...) followed by names;
//  * rule "name with role": no marker, but a name, then "|", "," or " - ",
//    then a role or agency ("A | Staff Writer", "A, Moscow Bureau Chief").
// The names part is cleaned by rule "cut the tail": it ends at the first
// "|", "(", " - ", " / ", at a date (find_date), at the first word with a
// digit or at a handle ("@janedoe"); trailing connectors ("on", "am", "le")
// go too. It is then split on
// commas and conjunctions of many languages ("and", "und", "et", "y", "e",
// "en", "и", "i", "och", "og", "ve"), and each part must pass rule "looks
// like a name": 1-5 words, each capitalized (or in a script without case),
// a particle (van, de, von, bin, al...) or an initial ("J.", "J.R.").
// Agencies ("Reuters", "AP") are dropped; a role ends the list. A first part
// that is no name rejects the line: "By the way, ..." is no byline.
// Rule "glued role" first puts back the space a rendering dropped before a
// role ("Meg JamesStaff Writer").
// Rule "name with publisher" (parse_name_publisher, only trusted by callers
// that see a dateline right below the line): full names joined by commas or
// conjunctions, then a publisher without a separator ("Kevin Johnson and
// Kevin McCoy USA TODAY", "Elliot Brownstein Florida Today").
#include "metadata/byline.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "metadata/dates.hpp"
#include "unicode/ascii_case.hpp"
#include "unicode/locale.hpp"
#include "unicode/words.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kMaxBylineBytes = 200;
constexpr std::size_t kMaxBylineWords = 24;
// The longest marker ("geschrieben von") with a colon, in bytes.
constexpr std::size_t kMaxMarkerBytes = 24;
// A line ending with "." after this many words is a sentence.
constexpr std::size_t kMaxWordsBeforeFinalPeriod = 8;
constexpr std::size_t kMaxNameWords = 5;
// Rule "name with role" wants a full name (first and last) on the left.
constexpr std::size_t kMinRoleLineNameWords = 2;
// ...and a short role on the right ("BBC diplomatic correspondent").
constexpr std::size_t kMaxRoleWords = 5;
// Rule "name with publisher": the publisher after the names is short
// ("USA TODAY", "Florida Today", "The Daily Example Times").
constexpr std::size_t kMaxPublisherWords = 4;

// Markers, case-folded; `colon` markers only count when a ':' follows
// ("Text: A", not "Text messages ...").
struct Marker {
    std::string_view words;
    bool colon;
};
constexpr std::array kMarkers = {
    Marker{"written by", false},     Marker{"posted by", false},     Marker{"story by", false},
    Marker{"words by", false},       Marker{"reporting by", false},  Marker{"report by", false},
    Marker{"text by", false},        Marker{"published by", false},  Marker{"by", false},
    Marker{"geschrieben von", false}, Marker{"verfasst von", false}, Marker{"von", false},
    Marker{"publié par", false},     Marker{"écrit par", false},     Marker{"par", false},
    Marker{"escrito por", false},    Marker{"publicado por", false}, Marker{"por", false},
    Marker{"scritto da", false},     Marker{"di", false},            Marker{"door", false},
    Marker{"av", false},             Marker{"af", false},            Marker{"oleh", false},
    Marker{"authors", true},         Marker{"author", true},         Marker{"autoren", true},
    Marker{"autor", true},           Marker{"autorin", true},        Marker{"autorka", true},
    Marker{"autore", true},          Marker{"auteur", true},         Marker{"auteurs", true},
    Marker{"yazan", true},           Marker{"автор", true},          Marker{"авторы", true},
    Marker{"автори", true},          Marker{"текст", true},          Marker{"text", true},
    Marker{"tekst", true},           Marker{"by", true},             Marker{"von", true},
};

constexpr std::string_view kConjunctions = " and und et y e en i и й та och og ve a dan és ja și & ";
constexpr std::string_view kParticles =
    " van von de der den del della di da das dos do du des la le ten ter zu af av bin binti ibn "
    "al el ben mac y st st. ";
constexpr std::string_view kTailConnectors =
    " on am em le el il op den the at um à updated published posted aktualisiert publié publiziert veröffentlicht "
    "publicado publicada pubblicato pubblicata gepubliceerd опубликовано ";
constexpr std::string_view kRoles =
    " writer writers reporter reporters correspondent correspondents editor editors chief bureau "
    "staff contributor contributors columnist journalist photographer producer analyst intern "
    "korrespondent korrespondentin redakteur "
    "redakteurin redaktion autorin journaliste rédacteur rédactrice correspondant correspondante "
    "envoyé envoyée rédaction periodista redactor redactora corresponsal redacción enviado "
    "enviada giornalista corrispondente redazione inviato inviata repórter jornalista "
    "correspondente redação redacteur verslaggever корреспондент редактор журналист "
    "обозреватель редакция redaktor dziennikarz korespondent muhabir editör ";
// Determiners and quantifiers of several languages, folded.
constexpr std::string_view kDeterminers =
    " the a an any all every each some no this that these those our your my their its what how why "
    "more most other such both der die das ein eine jede alle le la les un une tous toutes el los las "
    "todos todas il lo gli ogni tutti o os um uma ";
// Words in front of a role that belong to it ("Senior Writer").
constexpr std::string_view kRoleQualifiers =
    " senior junior contributing special associate deputy managing executive assistant staff freelance ";
// Words naming organisations rather than people ("CNN Business", "Fox News",
// "Florida Today").
constexpr std::string_view kOrganisationWords =
    " news business media times post press daily weekly magazine tribune journal herald radio tv "
    "television network online agency agentur agence agencia nachrichten zeitung actualités noticias "
    "notizie новости today ";
// Degrees and suffixes after a name ("Jane Doe, MS, RD", "John Smith, Jr.").
constexpr std::string_view kCredentials = " ms md rd rdn rn phd mph mba ma ba bsc msc jr jr. sr sr. ii iii ";
constexpr std::string_view kAgencies =
    "|reuters|ap|afp|associated press|the associated press|bloomberg|dpa|ansa|efe|agencia efe|"
    "tass|ria novosti|interfax|xinhua|upi|pa|pa media|kyodo|yonhap|anadolu|lusa|europa press|"
    "agence france-presse|apa|sda|ats|ukrinform|";

// Whole-word membership in a " a b c " list (words already folded).
bool listed(std::string_view list, std::string_view word) {
    if (word.empty()) return false;
    for (std::size_t pos = list.find(word); pos != std::string_view::npos; pos = list.find(word, pos + 1)) {
        const char before = pos == 0 ? ' ' : list[pos - 1];
        const char after = pos + word.size() < list.size() ? list[pos + word.size()] : ' ';
        const bool bounded = (before == ' ' || before == '|') && (after == ' ' || after == '|');
        if (bounded) return true;
    }
    return false;
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
    const auto junk = [](char c) { return is_space_byte(c) || c == ',' || c == ';' || c == ':'; };
    while (!s.empty() && junk(s.front())) s.remove_prefix(1);
    while (!s.empty() && junk(s.back())) s.remove_suffix(1);
    // Non-breaking spaces and bullets around the line. Each is non-ASCII at
    // both ends: a line with ASCII at both ends has none to remove.
    const auto ascii = [](char c) { return static_cast<unsigned char>(c) < 0x80; };
    if (s.empty() || (ascii(s.front()) && ascii(s.back()))) return s;
    for (std::string_view edge : {"\xC2\xA0", "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\x94", "\xE2\x80\x93"}) {
        while (s.size() >= edge.size() && s.substr(0, edge.size()) == edge) s = trim(s.substr(edge.size()));
        while (s.size() >= edge.size() && s.substr(s.size() - edge.size()) == edge)
            s = trim(s.substr(0, s.size() - edge.size()));
    }
    return s;
}

std::vector<std::string_view> space_split(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t pos = 0;
    while (pos < s.size()) {
        while (pos < s.size() && is_space_byte(s[pos])) ++pos;
        const std::size_t begin = pos;
        while (pos < s.size() && !is_space_byte(s[pos])) ++pos;
        if (pos > begin) out.push_back(s.substr(begin, pos - begin));
    }
    return out;
}

// Rule "byline marker": the text after a marker, or nullopt.
std::optional<std::string_view> after_marker(std::string_view line) {
    // Quick rejection before folding the head: an ASCII first byte folds to
    // itself in lower case, and most lines open with no marker's letter.
    if (!line.empty() && static_cast<unsigned char>(line.front()) < 0x80 &&
        !may_open_marker(static_cast<char>(std::tolower(static_cast<unsigned char>(line.front())))))
        return std::nullopt;
    const std::string head = fold_case(line.substr(0, std::min<std::size_t>(line.size(), 40)));
    for (const Marker& marker : kMarkers) {
        if (head.size() <= marker.words.size() || head[0] != marker.words[0] ||
            head.compare(0, marker.words.size(), marker.words) != 0)
            continue;
        const char next = head[marker.words.size()];
        const bool ok = marker.colon ? next == ':' : is_space_byte(next);
        if (!ok) continue;
        // Folding may change lengths; markers are ASCII or same-length Cyrillic, so
        // the byte length of the marker in the line equals its folded length.
        return trim(line.substr(marker.words.size() + 1));
    }
    return std::nullopt;
}

// Rule "cut the tail".
std::string_view cut_tail(std::string_view names) {
    for (std::string_view stop : {"|", "(", " - ", " / ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", "\xE2\x80\xA2", "\xC2\xB7"}) {
        names = names.substr(0, std::min(names.find(stop), names.size()));
    }
    if (const auto date = find_date(names)) names = names.substr(0, date->begin);
    // A handle ("Jane Doe @janedoe", glued "Jane Doe@janedoe"; an e-mail
    // address has a dot after its '@').
    if (const std::size_t at = names.find('@'); at != std::string_view::npos) {
        const std::string_view handle = names.substr(at, names.find(' ', at) - at);
        if (handle.find('.') == std::string_view::npos) names = names.substr(0, at);
    }
    // First word with a digit ("at 10:00", "2 hours ago").
    const auto words = space_split(names);
    for (std::string_view w : words) {
        if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            names = names.substr(0, static_cast<std::size_t>(w.data() - names.data()));
            break;
        }
    }
    names = trim(names);
    for (bool changed = true; changed && !names.empty();) {
        changed = false;
        const auto rest = space_split(names);
        if (!rest.empty() && listed(kTailConnectors, fold_case(rest.back()))) {
            names = trim(names.substr(0, static_cast<std::size_t>(rest.back().data() - names.data())));
            changed = true;
        }
    }
    return names;
}

bool starts_upper_or_uncased(std::string_view word) {
    const CodePoint cp = decode_utf8(word, 0);
    if (cp.value < 0x80) return cp.value >= 'A' && cp.value <= 'Z';
    const Script s = script_of(cp.value);
    const bool cased = s == Script::latin || s == Script::greek || s == Script::cyrillic ||
                       s == Script::armenian || s == Script::georgian;
    if (s == Script::none) return false;
    if (!cased) return true;
    const std::string_view first = word.substr(0, cp.length);
    return fold_case(first) != first;
}

// Longest run of letters before a dot that still counts as an initial ("Jr.").
constexpr std::size_t kMaxInitialLetters = 2;

bool is_initial(std::string_view word) {
    // "J.", "J.R.", "J.-P.", "Jr."
    if (word.size() < 2 || word.back() != '.' || !starts_upper_or_uncased(word)) return false;
    std::size_t letters = 0;
    for (std::size_t pos = 0; pos < word.size();) {
        const CodePoint cp = decode_utf8(word, pos);
        if (cp.value == '.' || cp.value == '-') {
            letters = 0;
        } else if (++letters > kMaxInitialLetters) {
            return false;
        }
        pos += cp.length;
    }
    return true;
}

// Rule "looks like a name". Rule "no determiner": a name never starts with
// a determiner or quantifier ("By Any Means Necessary", "By The Numbers").
bool looks_like_name(const std::vector<std::string_view>& words) {
    if (words.empty() || words.size() > kMaxNameWords) return false;
    if (listed(kDeterminers, fold_case(words.front()))) return false;
    bool has_capitalized = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view w = words[i];
        if (is_initial(w)) {
            has_capitalized = true;
            continue;
        }
        if (i > 0 && listed(kParticles, fold_case(w))) continue;
        if (!starts_upper_or_uncased(w)) return false;
        // Names are letters, hyphens, apostrophes and dots.
        for (std::size_t pos = 0; pos < w.size();) {
            const CodePoint cp = decode_utf8(w, pos);
            const bool ok = script_of(cp.value) != Script::none || cp.value == '-' || cp.value == '\'' ||
                            cp.value == 0x2019 || cp.value == '.' || (cp.value >= 0x300 && cp.value < 0x370);
            if (!ok) return false;
            pos += cp.length;
        }
        has_capitalized = true;
    }
    return has_capitalized;
}

// Rule "organisation, not person": an agency, a domain ("Cleveland.com") or a
// part with an organisation word.
bool is_organisation(const std::vector<std::string_view>& words) {
    // Folded into one buffer and appended in place: no string per word.
    std::string joined, folded;
    for (std::string_view w : words) {
        fold_case_into(folded, w);
        if (listed(kOrganisationWords, folded)) return true;
        const std::size_t dot = folded.rfind('.');
        if (dot != std::string::npos && dot + 2 < folded.size()) return true;  // domain-like
        if (!joined.empty()) joined += ' ';
        joined += folded;
    }
    return listed(kAgencies, joined);
}

// "Sean Martin Sean Martin" (a name printed twice by the page) → once.
std::vector<std::string_view> without_repeat(std::vector<std::string_view> words) {
    const std::size_t half = words.size() / 2;
    if (half > 0 && words.size() % 2 == 0 && std::equal(words.begin(), words.begin() + half, words.begin() + half))
        words.resize(half);
    return words;
}

bool has_role(const std::vector<std::string_view>& words) {
    return std::any_of(words.begin(), words.end(), [](std::string_view w) { return listed(kRoles, fold_case(w)); });
}

// The words before the first role word, without role qualifiers ("Senior"),
// when they are a full name (at least kMinRoleLineNameWords words); else empty.
std::vector<std::string_view> name_before_role(const std::vector<std::string_view>& words) {
    std::vector<std::string_view> name;
    for (std::string_view w : words) {
        if (listed(kRoles, fold_case(w))) break;
        name.push_back(w);
    }
    // "Business Columnist", "Senior Writer": the role's own qualifiers.
    while (!name.empty() && (listed(kRoleQualifiers, fold_case(name.back())) ||
                             listed(kOrganisationWords, fold_case(name.back())))) {
        name.pop_back();
    }
    if (name.size() < kMinRoleLineNameWords || !looks_like_name(name)) return {};
    return name;
}

std::string join(const std::vector<std::string_view>& words) {
    std::string out;
    for (std::string_view w : words) {
        if (!out.empty()) out += ' ';
        out += w;
    }
    // "By John Smith." — a final period that is no initial's.
    if (out.size() > 3 && out.back() == '.' && !is_initial(words.back())) out.pop_back();
    return out;
}

// Splits names on commas and conjunctions; applies the name, agency and role
// rules to each part. Empty when the first part is no name.
std::vector<std::string> split_names(std::string_view names) {
    std::vector<std::vector<std::string_view>> parts(1);
    for (std::string_view w : space_split(names)) {
        if (listed(kConjunctions, fold_case(w))) {
            parts.emplace_back();
            continue;
        }
        const bool comma = w.back() == ',' || w.back() == ';';
        if (comma) w.remove_suffix(1);
        if (!w.empty()) parts.back().push_back(w);
        if (comma) parts.emplace_back();
    }
    std::vector<std::string> out;
    for (const auto& raw : parts) {
        if (raw.empty()) continue;
        const auto part = without_repeat(raw);
        if (has_role(part)) {
            // Rule "name then role": "Meg James Staff Writer" -> "Meg James".
            if (auto name = name_before_role(part); !name.empty()) out.push_back(join(name));
            break;
        }
        if (is_organisation(part)) continue;
        if (part.size() == 1 && listed(kCredentials, fold_case(part[0]))) continue;
        if (!looks_like_name(part)) {
            if (out.empty()) return {};
            break;
        }
        out.push_back(join(part));
    }
    return out;
}

// words: the number of words of line (space_split).
bool is_sentence(std::string_view line, std::size_t words) {
    if (words > kMaxBylineWords) return true;
    return line.back() == '.' && words > kMaxWordsBeforeFinalPeriod;
}

bool is_sentence(std::string_view line) { return is_sentence(line, space_split(line).size()); }

// Rule "name with role".
std::vector<std::string> name_with_role(std::string_view line) {
    for (std::string_view separator : {"|", ",", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
        const std::size_t at = line.find(separator);
        if (at == std::string_view::npos) continue;
        const auto left = space_split(trim(line.substr(0, at)));
        // Of a comma list on the right only the first item is the role
        // ("Jane Doe, Staff Writer, Example Times"); "Jane Doe All, Books,
        // Reviews, News" lists categories.
        std::string_view rest = line.substr(at + separator.size());
        rest = rest.substr(0, rest.find(','));
        const auto right = space_split(trim(rest));
        if (left.size() < kMinRoleLineNameWords || right.empty() || right.size() > kMaxRoleWords) return {};
        const bool role = has_role(right) || is_organisation(right);
        if (!role || !looks_like_name(left)) return {};
        return {join(left)};
    }
    return {};
}

}  // namespace

std::vector<std::string> parse_name_publisher(std::string_view line) {
    line = trim(line);
    if (line.empty() || line.size() > kMaxBylineBytes) return {};
    // Quick rejection first (this runs on every headline candidate): names
    // and publisher are capitalised words and conjunctions, at least a full
    // name and a publisher word. The words are visited in place: most lines
    // end here, and space_split would allocate.
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < line.size();) {
        while (pos < line.size() && is_space_byte(line[pos])) ++pos;
        const std::size_t begin = pos;
        while (pos < line.size() && !is_space_byte(line[pos])) ++pos;
        if (pos == begin) continue;
        const std::string_view w = line.substr(begin, pos - begin);
        if (!starts_upper_or_uncased(w) && !listed(kConjunctions, w) && !listed(kConjunctions, fold_case(w))) return {};
        ++count;
    }
    if (count < kMinRoleLineNameWords + 1) return {};
    const auto words = space_split(line);
    if (is_sentence(line, words.size()) || after_marker(line)) return {};
    // The longest publisher first: "Elliot Brownstein Florida Today" is
    // "Elliot Brownstein" + "Florida Today", not "Elliot Brownstein Florida".
    for (std::size_t org = std::min(kMaxPublisherWords, words.size() - 1); org >= 1; --org) {
        const std::vector<std::string_view> publisher(words.end() - static_cast<std::ptrdiff_t>(org), words.end());
        if (!is_organisation(publisher) || !std::all_of(publisher.begin(), publisher.end(), starts_upper_or_uncased))
            continue;
        std::vector<std::vector<std::string_view>> names(1);
        for (auto w = words.begin(); w != words.end() - static_cast<std::ptrdiff_t>(org); ++w) {
            std::string_view word = *w;
            const bool comma = word.back() == ',';
            if (comma) word.remove_suffix(1);
            if (listed(kConjunctions, fold_case(word))) {
                names.emplace_back();
            } else {
                names.back().push_back(word);
                if (comma) names.emplace_back();
            }
        }
        std::vector<std::string> out;
        for (const auto& name : names) {
            if (name.size() < kMinRoleLineNameWords || !looks_like_name(name) || is_organisation(name)) {
                out.clear();
                break;
            }
            out.push_back(join(name));
        }
        if (!out.empty()) return out;
    }
    return {};
}

bool is_organisation_name(std::string_view line) {
    const auto words = space_split(trim(line));
    return !words.empty() && words.size() <= kMaxNameWords && is_organisation(words);
}

bool may_open_marker(char c) {
    return std::any_of(kMarkers.begin(), kMarkers.end(), [c](const Marker& m) { return m.words.front() == c; });
}

namespace {

// Each marker's first word ("written" of "written by") and, for a quick
// look at a line's first byte, the bytes they open with.
constexpr auto kMarkerFirstWords = [] {
    std::array<std::string_view, kMarkers.size()> words{};
    for (std::size_t i = 0; i < kMarkers.size(); ++i) words[i] = kMarkers[i].words.substr(0, kMarkers[i].words.find(' '));
    return words;
}();
constexpr auto kMarkerFirstBytes = [] {
    std::array<bool, 256> bytes{};
    for (std::string_view w : kMarkerFirstWords) bytes[static_cast<unsigned char>(w.front())] = true;
    return bytes;
}();

// Whether a line opening with the non-ASCII code point c may open with a
// marker once folded. Scripts without case (kana, CJK, Hangul, Hebrew to
// Tibetan) fold to themselves; basic Cyrillic folds one letter to one, and
// the Cyrillic markers open with "а" or "т". Anything else may fold to a
// marker's letter ("\u017F" -> "s") or vanish (an invisible character that
// collapse_whitespace drops, white space, a bullet that trim drops).
bool may_open_marker_with(char32_t c) {
    const bool caseless = (c >= 0x0590 && c <= 0x0FFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
                          (c >= 0xAC00 && c <= 0xD7A3);
    if (caseless) return false;
    if (c >= 0x0400 && c <= 0x045F) {
        const char32_t folded = c < 0x0410 ? c + 0x50 : c < 0x0430 ? c + 0x20 : c;
        return folded == U'\u0430' || folded == U'\u0442';
    }
    return true;
}

}  // namespace

bool may_open_with_marker(std::string_view text) {
    // So may the end of text: too short to tell.
    if (text.empty()) return true;
    if (static_cast<unsigned char>(text[0]) >= 0x80) return may_open_marker_with(decode_utf8(text, 0).value);
    if (!kMarkerFirstBytes[static_cast<unsigned char>(lower_ascii(text[0]))]) return false;
    return std::any_of(kMarkerFirstWords.begin(), kMarkerFirstWords.end(), [&](std::string_view word) {
        for (std::size_t k = 0; k < word.size(); ++k) {
            if (k >= text.size()) return true;
            // A non-ASCII byte may fold to anything or vanish.
            if (static_cast<unsigned char>(text[k]) >= 0x80) return true;
            if (lower_ascii(text[k]) != word[k]) return false;
        }
        return true;
    });
}

bool is_byline_marker(std::string_view line) {
    while (!line.empty() && is_space_byte(line.front())) line.remove_prefix(1);
    while (!line.empty() && is_space_byte(line.back())) line.remove_suffix(1);
    if (line.size() > kMaxMarkerBytes) return false;
    // As in after_marker: an ASCII first byte folds to its lower case.
    if (!line.empty() && static_cast<unsigned char>(line.front()) < 0x80 &&
        !may_open_marker(static_cast<char>(std::tolower(static_cast<unsigned char>(line.front())))))
        return false;
    const std::string folded = fold_case(line);
    const std::string_view f = folded;
    for (const Marker& marker : kMarkers) {
        // "Text" alone is a share button; "Text:" is a marker.
        const bool match = marker.colon ? f.size() == marker.words.size() + 1 && f.starts_with(marker.words) && f.back() == ':'
                                        : f == marker.words;
        if (match) return true;
    }
    return false;
}

namespace {

// Whether case folding changes a letter (fold_case(ch) != ch), remembered
// for the first kSize letters asked about within one line: lines in a cased
// script beyond ASCII repeat a few dozen letters, and each fold is an ICU
// call.
class FoldChanges {
public:
    bool operator()(char32_t c, std::string_view ch) {
        for (std::size_t k = 0; k < size_; ++k) {
            if (letters_[k] == c) return changed_[k];
        }
        const std::optional<bool> known = folding_changes(c);  // no ICU call for common letters
        const bool changed = known ? *known : fold_case(ch) != ch;
        if (size_ < kSize) {
            letters_[size_] = c;
            changed_[size_++] = changed;
        }
        return changed;
    }

private:
    static constexpr std::size_t kSize = 48;
    std::array<char32_t, kSize> letters_{};
    std::array<bool, kSize> changed_{};
    std::size_t size_ = 0;
};

}  // namespace

// Rule "glued role": renderings drop the space between a name and the role
// or section label after it ("By Meg JamesStaff Writer", "Michael
// HiltzikBusiness Columnist"). A word is split where a lower-case letter
// meets an upper-case one and the rest is a role, role qualifier or
// organisation word; other inner capitals ("McCoy", "DeArdo") stay.
std::string unglue_roles(std::string_view line) {
    // Most lines are ASCII without a lower-case letter right before an
    // upper-case one: nothing to split.
    const auto ascii = [](char c) { return static_cast<unsigned char>(c) < 0x80; };
    const auto glued = [](char a, char b) {
        return std::islower(static_cast<unsigned char>(a)) && std::isupper(static_cast<unsigned char>(b));
    };
    if (std::all_of(line.begin(), line.end(), ascii) && std::adjacent_find(line.begin(), line.end(), glued) == line.end())
        return std::string(line);
    // The line is copied in runs between the spaces put back.
    std::string out;
    std::size_t copied = 0;  // line[0, copied) is in out
    std::size_t pos = 0;
    bool prev_lower = false;
    FoldChanges fold_changes;
    while (pos < line.size()) {
        const auto b = static_cast<unsigned char>(line[pos]);
        std::size_t length = 1;
        bool letter = false, upper = false;
        if (b < 0x80) {  // ASCII without decoding or case folding
            letter = std::isalpha(b) != 0;
            upper = letter && std::isupper(b) != 0;
        } else {
            const CodePoint cp = decode_utf8(line, pos);
            length = cp.length;
            const std::string_view ch = line.substr(pos, length);
            letter = script_of(cp.value) != Script::none;
            // An invalid byte decodes as U+FFFD like the real one: not remembered.
            const bool invalid = cp.value == 0xFFFD && cp.length == 1;
            upper = letter && (invalid ? fold_case(ch) != ch : fold_changes(cp.value, ch));
        }
        if (prev_lower && upper) {
            std::size_t end = pos;
            while (end < line.size() && !is_space_byte(line[end])) ++end;
            const std::string rest = fold_case(line.substr(pos, end - pos));
            if (listed(kRoles, rest) || listed(kRoleQualifiers, rest) || listed(kOrganisationWords, rest)) {
                out.append(line.substr(copied, pos - copied));
                out += ' ';
                copied = pos;
            }
        }
        prev_lower = letter && !upper;
        pos += length;
    }
    out.append(line.substr(copied));
    return out;
}

std::vector<std::string> parse_byline(std::string_view line) {
    const std::string unglued = unglue_roles(line);
    line = trim(unglued);
    if (line.empty() || line.size() > kMaxBylineBytes || is_sentence(line)) return {};
    if (const auto rest = after_marker(line)) return split_names(cut_tail(*rest));
    return name_with_role(line);
}

}  // namespace artnorm
