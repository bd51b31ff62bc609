// Rule "publisher": who publishes the page, when no title suffix said so
// (rule "headline" sets it from "Headline - Site"). In order:
//  1. support banners "Support <Publisher>!" ("Unterstützen Sie X",
//     "Поддержите X", phrases::kSupportPrefixes);
//  2. copyright lines "© 2023 <Publisher>. All rights reserved.".
// The name must have 1..kPublisherMaxWords words and start with an upper-case
// letter or digit. A name merely mentioned in the body ("told The Moscow
// Times") is never a source.
#include <cctype>

#include "text/rules/phrases.hpp"
#include "text/rules/rules.hpp"
#include "text/text_features.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kPublisherMaxWords = 6;

bool plausible_name(std::string_view name) {
    const std::size_t words = count_words(name);
    if (words == 0 || words > kPublisherMaxWords) return false;
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

std::string from_copyright(const TextDocument& doc, std::size_t i) {
    const std::string& text = doc.segments[i].text;
    const std::string& folded = doc.folded[i];
    if (folded.size() != text.size()) return {};
    std::size_t at = folded.find("\u00A9");
    std::size_t skip = 2;
    if (at == std::string::npos) { at = folded.find("copyright"); skip = 9; }
    if (at == std::string::npos) return {};
    std::string_view rest = std::string_view(text).substr(at + skip);
    // Skip further markers, years and year ranges.
    for (bool again = true; again;) {
        again = false;
        while (!rest.empty() && (rest.front() == ' ' || rest.front() == '-' || std::isdigit(static_cast<unsigned char>(rest.front())))) {
            rest.remove_prefix(1);
            again = true;
        }
        if (rest.substr(0, 2) == "\u00A9") { rest.remove_prefix(2); again = true; }
        if (rest.substr(0, 3) == "(c)" || rest.substr(0, 3) == "(C)") { rest.remove_prefix(3); again = true; }
    }
    const std::size_t stop = rest.find_first_of(".|,");
    const std::string name = collapse_whitespace(strip_trailing_punctuation(rest.substr(0, stop)));
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
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (doc.roles[i] != Role::boilerplate) continue;
        if (std::string name = from_copyright(doc, i); !name.empty()) {
            article.publisher = std::move(name);
            return;
        }
    }
}

}  // namespace artnorm
