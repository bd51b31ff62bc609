// Language detection in two steps:
//  1. Script evidence. Letters are counted per script; the dominant script
//     alone decides for scripts used by one language here (Hangul → ko,
//     Greek → el, Hebrew → he, Thai → th, ...) and splits Chinese from
//     Japanese (rule "kana means Japanese").
//  2. Stopword vote, for scripts shared by many languages (Latin, Cyrillic,
//     Arabic, Devanagari): each word token votes for every language whose
//     stopword list has it; the language with most votes wins.
#include "metadata/language.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <optional>
#include <span>
#include <vector>

#include "metadata/stopword_index.hpp"
#include "unicode/locale.hpp"
#include "unicode/swar.hpp"
#include "unicode/words.hpp"

namespace artnorm {
namespace {

// Rule "too little evidence": fewer letters than this → no language at all.
constexpr std::size_t kMinLetters = 12;
// A CJK character carries about as much as a short word; weighting them keeps
// a Chinese paragraph with a few Latin brand names Chinese.
constexpr double kCjkLetterWeight = 3.0;
// Rule "kana means Japanese": Japanese prose is roughly half kana, Chinese has
// none; a small share of kana among CJK characters is enough.
constexpr double kMinKanaShare = 0.05;
// Stopword vote needs this many stopword tokens for the winner...
constexpr std::size_t kMinStopwordHits = 2;
// ...and this share of all word tokens (names, menus and lists score lower),
// unless the hits reach kHitsForFullConfidence.
constexpr double kMinStopwordShare = 0.08;
// Hits at which the stopword evidence counts as complete.
constexpr double kHitsForFullConfidence = 15.0;
// Confidence given when a shared script falls back to its usual language.
constexpr double kFallbackConfidence = 0.3;

// Texts longer than this are folded piece by piece (see detect_language).
constexpr std::size_t kFoldPieceBytes = std::size_t{1} << 20;

constexpr std::size_t kScriptCount = static_cast<std::size_t>(Script::count_);
using ScriptCounts = std::array<double, kScriptCount>;

double& at(ScriptCounts& counts, Script s) { return counts[static_cast<std::size_t>(s)]; }

ScriptCounts count_letters(std::string_view text) {
    ScriptCounts counts{};
    std::size_t ascii_letters = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        if (pos + swar::kWordBytes <= text.size()) {
            if (const std::uint64_t w = swar::load(text.data() + pos); swar::all_ascii(w)) {
                ascii_letters += static_cast<std::size_t>(swar::count(swar::ascii_letters(w)));
                pos += swar::kWordBytes;
                continue;
            }
        }
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b < 0x80) {
            ascii_letters += ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
            ++pos;
            continue;
        }
        const CodePoint cp = decode_utf8(text, pos);
        const Script s = script_of(cp.value);
        const bool dense = s == Script::han || s == Script::kana || s == Script::hangul;
        at(counts, s) += dense ? kCjkLetterWeight : 1.0;
        pos += cp.length;
    }
    at(counts, Script::latin) += static_cast<double>(ascii_letters);
    at(counts, Script::none) = 0;
    return counts;
}

// Scripts written by (nearly) one language among those we name.
std::string_view single_language_of(Script s) {
    switch (s) {
        case Script::greek: return "el";
        case Script::hebrew: return "he";
        case Script::armenian: return "hy";
        case Script::georgian: return "ka";
        case Script::hangul: return "ko";
        case Script::thai: return "th";
        case Script::lao: return "lo";
        case Script::khmer: return "km";
        case Script::myanmar: return "my";
        case Script::ethiopic: return "am";
        case Script::bengali: return "bn";
        default: return {};
    }
}

// Rule "usual language of a shared script": when stopwords are too few to
// vote, Cyrillic, Arabic and Devanagari still say a lot. Letters found only in
// one Cyrillic alphabet refine the guess; Latin has no usual language.
// markers: the folded text, or the marker letters it holds (add_markers).
std::string_view fallback_language(Script s, std::string_view markers) {
    const auto has = [&](std::string_view letter) { return markers.find(letter) != std::string_view::npos; };
    switch (s) {
        case Script::cyrillic:
            if (has("ї") || has("є") || has("ґ") || has("і")) return "uk";
            if (has("ў")) return "be";
            if (has("ј") || has("љ") || has("њ") || has("ћ") || has("ђ")) return "sr";
            return "ru";
        case Script::arabic:
            return (has("پ") || has("چ") || has("ژ") || has("گ")) ? "fa" : "ar";
        case Script::devanagari: return "hi";
        default: return {};
    }
}

// The letters fallback_language looks for, per script.
constexpr std::string_view kCyrillicMarkers[] = {"ї", "є", "ґ", "і", "ў", "ј", "љ", "њ", "ћ", "ђ"};
constexpr std::string_view kArabicMarkers[] = {"پ", "چ", "ژ", "گ"};

// Appends to markers the marker letters of script in folded that it does not
// hold yet.
void add_markers(Script script, std::string_view folded, std::string& markers) {
    const std::span<const std::string_view> letters =
        script == Script::cyrillic ? std::span<const std::string_view>(kCyrillicMarkers)
        : script == Script::arabic ? std::span<const std::string_view>(kArabicMarkers)
                                   : std::span<const std::string_view>();
    for (std::string_view letter : letters) {
        if (markers.find(letter) == std::string::npos && folded.find(letter) != std::string_view::npos) {
            markers += letter;
        }
    }
}

// The marker letters of both scripts, in the order of
// LanguageEvidence::markers_. Each is two bytes with a lead byte from 0xD1 to
// 0xDA, which in valid UTF-8 only starts a character.
constexpr std::array<std::string_view, 14> kMarkerLetters = {"ї", "є", "ґ", "і", "ў", "ј", "љ", "њ",
                                                             "ћ", "ђ", "پ", "چ", "ژ", "گ"};
constexpr unsigned char kFirstMarkerLead = 0xD1, kLastMarkerLead = 0xDA;
// kMarkerAt[lead - kFirstMarkerLead][second byte]: 1 + the index of the
// marker letter of these two bytes; 0 when none.
constexpr auto kMarkerAt = [] {
    std::array<std::array<std::uint8_t, 256>, kLastMarkerLead - kFirstMarkerLead + 1> at{};
    for (std::size_t k = 0; k < kMarkerLetters.size(); ++k) {
        const std::string_view letter = kMarkerLetters[k];
        at[static_cast<unsigned char>(letter[0]) - kFirstMarkerLead][static_cast<unsigned char>(letter[1])] =
            static_cast<std::uint8_t>(k + 1);
    }
    return at;
}();

// Adds sign (+1 or -1) to the count of each marker letter for each of its
// occurrences in folded: one pass for both scripts.
void count_markers(std::string_view folded, int sign, std::array<std::size_t, kMarkerLetters.size()>& counts) {
    for (std::size_t pos = 0; pos + 1 < folded.size(); ++pos) {
        const auto lead = static_cast<unsigned char>(folded[pos]);
        if (lead < kFirstMarkerLead || lead > kLastMarkerLead) continue;
        const std::uint8_t at = kMarkerAt[lead - kFirstMarkerLead][static_cast<unsigned char>(folded[pos + 1])];
        if (at != 0) counts[at - 1] += static_cast<std::size_t>(sign);  // wraps back exactly when taken back
    }
}

static_assert(StopwordTally::kLists == kMaxStopwordLanguages);

using Vote = StopwordTally;

// Adds the words of folded and their stopword hits to vote.
void count_stopwords(std::string_view folded, Vote& vote) { add_stopword_tally(folded, vote); }

LanguageGuess vote_by_stopwords(const Vote& vote, std::string_view markers, Script script, double script_share) {
    const StopwordIndex& index = stopword_index();
    // Rule "ties go to the usual language": "с" is Russian and Bulgarian.
    const std::string_view usual = fallback_language(script, markers);
    std::size_t best = index.size(), best_hits = 0, second_hits = 0;
    for (std::size_t i = 0; i < index.size(); ++i) {
        if (index.script(i) != script) continue;
        const std::size_t hits = vote.hits[i];
        if (hits > best_hits || (hits == best_hits && hits > 0 && index.language(i) == usual)) {
            second_hits = best_hits;
            best_hits = hits;
            best = i;
        } else if (hits > second_hits) {
            second_hits = hits;
        }
    }
    // Many hits are enough on their own: long pages of scores or listings
    // have a low share but plenty of evidence.
    const bool enough = best < index.size() && best_hits >= kMinStopwordHits &&
                        (static_cast<double>(best_hits) >= kHitsForFullConfidence ||
                         static_cast<double>(best_hits) >= kMinStopwordShare * static_cast<double>(vote.words));
    if (!enough) {
        if (usual.empty()) return {};
        return {std::string(usual), kFallbackConfidence * script_share};
    }
    // Confidence: how much evidence (hits) and how clear the win (margin).
    const double evidence = std::min(1.0, static_cast<double>(best_hits) / kHitsForFullConfidence);
    const double margin = static_cast<double>(best_hits - second_hits) / static_cast<double>(best_hits);
    return {index.language(best), script_share * (0.5 * evidence + 0.5 * margin)};
}

// Adds the words of folded and its hits among the lists of wanted.
void count_density(std::string_view folded, LanguageMask wanted, std::size_t& words, std::size_t& hits) {
    const StopwordIndex& index = stopword_index();
    const auto count = [&](std::string_view word) {
        ++words;
        hits += (index.lookup(word) & wanted) != 0;
    };
    for_each_word(folded, count);
}

double folded_density(std::string_view folded, LanguageMask wanted) {
    StopwordCount count;
    count_density(folded, wanted, count.words, count.hits);
    return count.density();
}

// Step 1, script evidence: decides alone (too few letters, CJK, a script of
// one language) or names the shared script whose stopwords vote.
struct ScriptStep {
    std::optional<LanguageGuess> decided;
    Script dominant = Script::none;
    double share = 0.0;
};

ScriptStep by_script(ScriptCounts counts) {
    double total = 0;
    for (double c : counts) total += c;
    if (total < static_cast<double>(kMinLetters)) return {LanguageGuess{}};

    // Han and kana compete as one family: Japanese mixes both.
    const double cjk = at(counts, Script::han) + at(counts, Script::kana);
    const double kana = at(counts, Script::kana);
    at(counts, Script::han) = cjk;
    at(counts, Script::kana) = 0;
    const auto dominant = static_cast<Script>(std::max_element(counts.begin(), counts.end()) - counts.begin());
    const double share = counts[static_cast<std::size_t>(dominant)] / total;

    if (dominant == Script::han) return {LanguageGuess{kana >= kMinKanaShare * cjk ? "ja" : "zh", share}};
    if (const std::string_view single = single_language_of(dominant); !single.empty()) {
        return {LanguageGuess{std::string(single), share}};
    }
    return {std::nullopt, dominant, share};
}

// detect_language of text already folded, held whole.
LanguageGuess detect_folded(std::string_view folded) {
    const ScriptStep step = by_script(count_letters(folded));
    if (step.decided) return *step.decided;
    Vote vote;
    count_stopwords(folded, vote);
    return vote_by_stopwords(vote, folded, step.dominant, step.share);
}

}  // namespace

LanguageGuess detect_language(std::string_view text) {
    // Large texts are folded one piece at a time, twice (letters, then
    // stopwords), rather than held folded whole: peak memory. The counts are
    // sums of integers, the same whatever the pieces.
    const std::vector<std::string_view> pieces = split_for_word_scan(text, kFoldPieceBytes);
    if (pieces.size() == 1) return detect_folded(fold_case(text));
    ScriptCounts counts{};
    for (std::string_view piece : pieces) {
        const ScriptCounts piece_counts = count_letters(fold_case(piece));
        for (std::size_t s = 0; s < kScriptCount; ++s) counts[s] += piece_counts[s];
    }
    const ScriptStep step = by_script(counts);
    if (step.decided) return *step.decided;
    Vote vote;
    std::string markers;
    for (std::string_view piece : pieces) {
        const std::string folded_piece = fold_case(piece);
        count_stopwords(folded_piece, vote);
        add_markers(step.dominant, folded_piece, markers);
    }
    return vote_by_stopwords(vote, markers, step.dominant, step.share);
}

double stopword_density(std::string_view text, std::string_view language) {
    return folded_stopword_density(fold_case(text), language);
}

double stopword_density_any(std::string_view text) { return folded_stopword_density_any(fold_case(text)); }

double folded_stopword_density(std::string_view folded, std::string_view language) {
    const auto list = stopword_index().find_language(language);
    if (!list) return 0.0;
    return folded_density(folded, LanguageMask{1} << *list);
}

double folded_stopword_density_any(std::string_view folded) { return folded_density(folded, ~LanguageMask{0}); }

StopwordTally& StopwordTally::operator+=(const StopwordTally& other) {
    words += other.words;
    any_hits += other.any_hits;
    for (std::size_t i = 0; i < kLists; ++i) hits[i] += other.hits[i];
    return *this;
}

void add_stopword_tally(std::string_view folded, StopwordTally& tally) {
    const StopwordIndex& index = stopword_index();
    const auto count = [&](std::string_view word) {
        ++tally.words;
        LanguageMask mask = index.lookup(word);
        tally.any_hits += mask != 0;
        for (; mask != 0; mask &= mask - 1) ++tally.hits[static_cast<std::size_t>(std::countr_zero(mask))];
    };
    for_each_word(folded, count);
}

StopwordTally& StopwordTally::operator-=(const StopwordTally& other) {
    words -= other.words;
    any_hits -= other.any_hits;
    for (std::size_t i = 0; i < kLists; ++i) hits[i] -= other.hits[i];
    return *this;
}

// The stopword vote and the marker letters of both shared scripts that have
// them are gathered before the dominant script is known. Marker letters are
// letters of their script: a text without any needs no search. Letter
// counts are whole numbers (in doubles, far below 2^53): taking a text's
// back leaves exactly the counts of the others.
void LanguageEvidence::count(std::string_view folded, int sign) {
    const ScriptCounts counts = count_letters(folded);
    for (std::size_t s = 0; s < kScriptCount; ++s) letters_[s] += sign * counts[s];
    if (counts[static_cast<std::size_t>(Script::cyrillic)] > 0 || counts[static_cast<std::size_t>(Script::arabic)] > 0) {
        count_markers(folded, sign, markers_);
    }
}

LanguageGuess LanguageEvidence::detect() const {
    const ScriptStep step = by_script(letters_);
    if (step.decided) return *step.decided;
    // fallback_language only looks for the letters of its own script.
    std::string markers;
    for (std::size_t k = 0; k < kMarkerLetters.size(); ++k) {
        if (markers_[k] != 0) markers += kMarkerLetters[k];
    }
    return vote_by_stopwords(words_, markers, step.dominant, step.share);
}

namespace {

// Adds everything detect_language counts in one piece of folded text.
void add_piece(LanguageEvidence& evidence, std::string_view folded) {
    evidence.add_letters(folded);
    StopwordTally tally;
    add_stopword_tally(folded, tally);
    evidence.add_words(tally);
}

}  // namespace

LanguageSample::LanguageSample() = default;
LanguageSample::~LanguageSample() = default;

void LanguageSample::append(std::string_view text) { append_folded(fold_case(text)); }

void LanguageSample::append_folded(std::string_view folded) {
    // Folding is per code point: the folded parts joined are the joined
    // text folded, and pieces are cut in the folded text that is scanned.
    pending_ += folded;
    if (pending_.size() < kFoldPieceBytes || !is_word_scan_cut(pending_)) return;
    if (!evidence_) evidence_ = std::make_unique<LanguageEvidence>();
    add_piece(*evidence_, pending_);
    pending_.clear();
}

LanguageGuess LanguageSample::detect() {
    // Short text (never cut): as detect_language, which skips the stopword
    // scan when the script decides alone.
    if (!evidence_) return detect_folded(pending_);
    add_piece(*evidence_, pending_);
    std::string().swap(pending_);
    return evidence_->detect();
}

StopwordCounter::StopwordCounter(std::string_view language) {
    if (language.empty()) {
        wanted_ = ~LanguageMask{0};
    } else {
        // No list for the language: nothing counts, density 0 as in stopword_density.
        const auto list = stopword_index().find_language(language);
        wanted_ = list ? LanguageMask{1} << *list : LanguageMask{0};
    }
}

StopwordCount StopwordCounter::count_of(const StopwordTally& tally) const {
    if (wanted_ == ~LanguageMask{0}) return {tally.words, tally.any_hits};
    if (wanted_ == 0) return {tally.words, 0};
    return {tally.words, tally.hits[static_cast<std::size_t>(std::countr_zero(wanted_))]};
}

StopwordCount StopwordCounter::count_folded(std::string_view folded) const {
    StopwordCount count;
    count_density(folded, wanted_, count.words, count.hits);
    return count;
}

void StopwordSample::append(std::string_view text) { append_folded(fold_case(text)); }

void StopwordSample::append_folded(std::string_view folded) {
    pending_ += folded;
    if (pending_.size() >= kFoldPieceBytes && is_word_scan_cut(pending_)) scan();
}

void StopwordSample::scan() {
    count_ += counter_.count_folded(pending_);
    pending_.clear();
}

double StopwordSample::density() {
    scan();
    return count_.density();
}

}  // namespace artnorm
