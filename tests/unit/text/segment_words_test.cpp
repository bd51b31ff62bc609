#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "metadata/language.hpp"
#include "text/segment_words.hpp"
#include "unicode/locale.hpp"

using artnorm::LanguageSample;
using artnorm::SegmentWords;
using artnorm::StopwordCounter;

namespace {

// Tricky segments: empty, digits only, non-ASCII Latin, Cyrillic with marker
// letters, Arabic, CJK (ICU words), punctuation only, mixed languages.
const std::vector<std::string>& texts() {
    static const std::vector<std::string> t = {
        "",
        "2024 1,000 3.14 42",
        "Die Straße ist gesperrt, sagte der Bürgermeister am Dienstag.",
        "Київ і Львів отримали нові автобуси, повідомила міська рада.",
        "این یک خبر کوتاه درباره شهر است که پژوهشگران گفتند.",
        "東京都は火曜日、新しい予算案を発表した。",
        "--- *** !!! ???",
        "The council said it would not approve the budget, y el alcalde no dijo nada.",
        "ЗАГЛАВНЫЕ БУКВЫ И ЇЖАК",
    };
    return t;
}

std::vector<std::string> folded_texts() {
    std::vector<std::string> folded;
    for (const std::string& t : texts()) folded.push_back(artnorm::fold_case(t));
    return folded;
}

}  // namespace

TEST_CASE("segment-words: per-segment counts equal StopwordCounter on each text", "[text][segment-words]") {
    const std::vector<std::string> folded = folded_texts();
    // Without the CJK segment: its ICU run may reach across a joint.
    SegmentWords words(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (i != 5) words.add(i, folded[i], i % 2 == 0);
    }
    for (const char* language : {"", "en", "de", "uk", "ru", "es", "fa", "xx"}) {
        const StopwordCounter counter(language);
        for (std::size_t i = 0; i < folded.size(); ++i) {
            if (i == 5) {
                CHECK_FALSE(words.count(i, counter).has_value());  // never added
                continue;
            }
            const artnorm::StopwordCount expected = counter.count_folded(folded[i]);
            INFO("language '" << language << "', segment " << i);
            CHECK(words[i].words == expected.words);
            // Counted again (nullopt) only for a list the pass did not keep.
            if (const auto kept = words.count(i, counter)) {
                CHECK(kept->words == expected.words);
                CHECK(kept->hits == expected.hits);
            } else {
                CHECK(words[i].any_hits > 0);
                CHECK(std::string(language).size() > 0);
            }
        }
    }
    // Any list and no list are always answered.
    CHECK(words.count(0, StopwordCounter("")).has_value());
    CHECK(words.count(1, StopwordCounter("xx")).has_value());
    CHECK(words[0].words == 0);
    CHECK(words[1].words == 4);  // "2024" "1,000" "3.14" "42"
    CHECK(words[1].any_hits == 0);
}

TEST_CASE("segment-words: the sample's language is the joined text's", "[text][segment-words]") {
    const std::vector<std::string> folded = folded_texts();
    // Every subset of the segments sampled (the CJK one may join: left out).
    for (unsigned mask = 0; mask < (1u << folded.size()); ++mask) {
        if (mask & (1u << 5)) continue;
        SegmentWords words(folded.size());
        LanguageSample joined;
        for (std::size_t i = 0; i < folded.size(); ++i) {
            const bool sampled = (mask >> i) & 1u;
            if (i != 5) words.add(i, folded[i], sampled);
            if (sampled) {
                joined.append_folded(folded[i]);
                joined.append_folded("\n");
            }
        }
        const artnorm::LanguageGuess expected = joined.detect();
        const artnorm::LanguageGuess got = words.sample().detect();
        INFO("mask " << mask);
        CHECK(got.code == expected.code);
        CHECK(got.score == expected.score);
    }
}

TEST_CASE("segment-words: CJK text alone is detected by its script", "[text][segment-words]") {
    const std::vector<std::string> folded = folded_texts();
    SegmentWords words(1);
    words.add(0, folded[5], true);
    CHECK(words.sample().detect().code == "ja");
    CHECK(words[0].words == StopwordCounter("").count_folded(folded[5]).words);
}

TEST_CASE("segment-words: evidence of any set of segments is their joined text's", "[text][segment-words]") {
    const std::vector<std::string> folded_strings = folded_texts();
    artnorm::FoldedTexts folded;
    for (const std::string& f : folded_strings) folded.push_back(f);
    SegmentWords words(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (i != 5) words.add(i, folded[i], i % 3 != 1);  // segments 1, 4, 7 not sampled
    }
    for (unsigned mask = 0; mask < (1u << folded.size()); ++mask) {
        if (mask & (1u << 5)) continue;
        std::vector<bool> chosen(folded.size(), false);
        LanguageSample joined;
        for (std::size_t i = 0; i < folded.size(); ++i) {
            if (((mask >> i) & 1u) == 0) continue;
            chosen[i] = true;
            joined.append_folded(folded[i]);
            joined.append_folded(" ");
        }
        const auto evidence = words.evidence_of(chosen, folded);
        REQUIRE(evidence.has_value());
        const artnorm::LanguageGuess expected = joined.detect();
        const artnorm::LanguageGuess got = evidence->detect();
        INFO("mask " << mask);
        CHECK(got.code == expected.code);
        CHECK(got.score == expected.score);
    }
    std::vector<bool> with_unadded(folded.size(), false);
    with_unadded[0] = with_unadded[5] = true;
    CHECK_FALSE(words.evidence_of(with_unadded, folded).has_value());
}
