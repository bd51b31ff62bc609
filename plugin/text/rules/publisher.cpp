// Rule "publisher": who publishes the page, when no title suffix said so
// (rule "headline" sets it from "Headline - Site"). In order:
//  1. support banners "Support <Publisher>!" ("Unterstützen Sie X",
//     "Поддержите X", phrases::kSupportPrefixes);
//  2. copyright lines "© 2023 <Publisher>. All rights reserved.", those with
//     a year or "rights reserved" before the others; "© AGENCY / NAME"
//     photo credits are never a source.
// The name must have 1..kPublisherMaxWords words and start with an upper-case
// letter or digit. A name merely mentioned in the body ("told The Moscow
// Times") is never a source.
#include <cctype>

#include "text/rules/phrases.hpp"
#include "text/rules/rules.hpp"
#include "text/text_features.hpp"
#include "unicode/locale.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kPublisherMaxWords = 6;

bool plausible_name(std::string_view name) {
    const std::size_t words = count_words(name);
    if (words == 0 || words > kPublisherMaxWords) return false;
    // Dashes and quotes (U+2010..U+206F start with E2 80/81) are no name.
    if (name.starts_with("\xE2\x80") || name.starts_with("\xE2\x81")) return false;
    const auto c = static_cast<unsigned char>(name[0]);
    return std::isupper(c) || std::isdigit(c) || c >= 0x80;
}

std::string from_banner(const TextDocument& doc, std::size_t i) {
    for (std::string_view p : phrases::kSupportPrefixes) {
        if (doc.folded[i].substr(0, p.size()) != p || doc.folded[i].size() != doc.segments[i].text.size()) continue;
        const std::string name = collapse_whitespace(strip_trailing_punctuation(doc.segments[i].text.substr(p.size())));
        if (plausible_name(name)) return name;
    }
    return {};
}

// A copyright line naming the site carries a year ("© 2023 Site") or
// "all rights reserved"; photo credits ("© REUTERS / POOL") carry neither.
bool site_copyright(std::string_view folded) {
    return folded.find_first_of("0123456789") != std::string_view::npos ||
           folded.find("rights reserved") != std::string_view::npos;
}

// Each case-insensitive occurrence of a copyright marker or stock phrase
// replaced by a space (positions come from the folded text, so folding must
// keep the length; otherwise the text is returned as it is).
std::string without_copyright_phrases(std::string text) {
    for (std::string_view noise : {"all rights reserved", "copyright", "\u00A9", "(c)"}) {
        const std::string folded = fold_case(text);
        if (folded.size() != text.size()) return text;
        std::string kept;
        kept.reserve(text.size());
        std::size_t from = 0;
        for (std::size_t pos = folded.find(noise); pos != std::string::npos;
             pos = folded.find(noise, from)) {
            kept.append(text, from, pos - from);
            kept += ' ';
            from = pos + noise.size();
        }
        kept.append(text, from, std::string::npos);
        text = std::move(kept);
    }
    return text;
}

std::string from_copyright(const TextDocument& doc, std::size_t i) {
    const std::string& text = doc.segments[i].text;
    const std::string_view folded = doc.folded[i];
    if (folded.size() != text.size()) return {};
    std::size_t at = folded.find("\u00A9");
    std::size_t skip = 2;
    if (at == std::string::npos) { at = folded.find("copyright"); skip = 9; }
    if (at == std::string::npos) return {};
    std::string rest(std::string_view(text).substr(at + skip));
    // Markers and stock phrases anywhere in the name part go ("Copyright
    // Gannett 2018", "All Rights Reserved Poynter Institute 2019").
    rest = without_copyright_phrases(std::move(rest));
    std::string_view view = rest;
    const auto year_or_space = [](char c) {
        return c == ' ' || c == '-' || std::isdigit(static_cast<unsigned char>(c));
    };
    while (!view.empty() && (year_or_space(view.front()) || view.front() == '.' || view.front() == ',')) view.remove_prefix(1);
    const std::size_t stop = view.find_first_of(".|,");
    view = view.substr(0, stop);
    // Trailing years ("Telegraph Media Group Limited 2019").
    while (!view.empty() && year_or_space(view.back())) view.remove_suffix(1);
    const std::string name = collapse_whitespace(strip_trailing_punctuation(view));
    // "AGENCY / PHOTOGRAPHER" is a photo credit.
    if (name.find(" / ") != std::string::npos) return {};
    return plausible_name(name) ? name : std::string();
}

}  // namespace

void apply_publisher(TextDocument& doc, Article& article) {
    if (!article.publisher.empty()) return;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (doc.roles[i] != Role::boilerplate) continue;
        if (std::string name = from_banner(doc, i); !name.empty()) {
            article.publisher = std::move(name);
            return;
        }
    }
    // Site copyright lines (with a year or "rights reserved") first.
    for (const bool want_site_line : {true, false}) {
        for (std::size_t i = 0; i < doc.size(); ++i) {
            if (doc.roles[i] != Role::boilerplate || site_copyright(doc.folded[i]) != want_site_line) continue;
            if (std::string name = from_copyright(doc, i); !name.empty()) {
                article.publisher = std::move(name);
                return;
            }
        }
    }
}

}  // namespace artnorm
