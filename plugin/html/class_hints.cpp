#include "html/class_hints.hpp"

#include <array>

#include "unicode/ascii_case.hpp"

namespace artnorm::html {
namespace {

constexpr std::array<std::string_view, 8> kPositivePrefixes = {
    "article", "body", "content", "entry", "main", "post", "story", "text"};
constexpr std::array<std::string_view, 18> kNegativePrefixes = {
    "comment", "footer", "nav",        "menu",      "sidebar",    "share",
    "social",  "related", "promo",     "banner",    "cookie",     "newsletter",
    "subscribe", "breadcrumb", "widget", "masthead", "header",   "byline"};

constexpr std::array<std::string_view, 3> kNegativeInfixes = {"signup", "newsletter", "subscribe"};

// Parts "pager-class" (links to the neighbouring article or page: "next-btn",
// "prev", "pagination") and "call-to-action-class" ("cta": a box asking the
// reader to subscribe, join or buy). Whole tokens, of the class attribute
// only: an id "__next" is the root of every page a Next.js site renders.
constexpr std::array<std::string_view, 6> kWholeClassTokens = {"next", "prev", "previous", "pagination", "pager", "cta"};

struct Hints {
    bool positive = false;
    bool negative = false;
};

bool is_token_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

void classify_token(std::string_view token, Hints& hints) {
    for (std::string_view p : kPositivePrefixes) {
        if (token.starts_with(p)) hints.positive = true;
    }
    for (std::string_view n : kNegativePrefixes) {
        if (token.starts_with(n)) hints.negative = true;
    }
    if (token == "ad" || token == "ads" || token.starts_with("advert")) hints.negative = true;
    // Compound tokens ("emailSignup", "footerNewsletter") hide these words
    // anywhere; they name nothing else.
    for (std::string_view word : kNegativeInfixes) {
        if (token.find(word) != std::string_view::npos) hints.negative = true;
    }
}

// Calls on_token with every lower-case token of value (tokens longer than
// kMaxTokenChars are hashes, not words, and skipped).
template <class OnToken>
void for_each_token(std::string_view value, OnToken on_token) {
    constexpr std::size_t kMaxTokenChars = 32;
    char buffer[kMaxTokenChars];
    std::size_t length = 0;
    bool overflow = false;
    auto finish = [&] {
        if (length > 0 && !overflow) on_token(std::string_view{buffer, length});
        length = 0;
        overflow = false;
    };
    for (char c : value) {
        if (!is_token_char(c)) {
            finish();
        } else if (length < kMaxTokenChars) {
            buffer[length++] = lower_ascii(c);
        } else {
            overflow = true;
        }
    }
    finish();
}

void scan(std::string_view value, Hints& hints) {
    for_each_token(value, [&](std::string_view token) { classify_token(token, hints); });
}

Hints hints_of(std::string_view class_attr, std::string_view id_attr) {
    Hints hints;
    scan(class_attr, hints);
    scan(id_attr, hints);
    for_each_token(class_attr, [&](std::string_view token) {
        for (std::string_view whole : kWholeClassTokens) hints.negative = hints.negative || token == whole;
    });
    return hints;
}

}  // namespace

int class_hint_score(std::string_view class_attr, std::string_view id_attr) {
    const Hints hints = hints_of(class_attr, id_attr);
    return (hints.positive ? kClassHintWeight : 0) - (hints.negative ? kClassHintWeight : 0);
}

bool is_negative_only(std::string_view class_attr, std::string_view id_attr) {
    const Hints hints = hints_of(class_attr, id_attr);
    return hints.negative && !hints.positive;
}

bool names_caption(std::string_view class_attr) {
    bool found = false;
    for_each_token(class_attr, [&](std::string_view token) {
        found = found || token.find("caption") != std::string_view::npos || token.ends_with("credit") ||
                token.ends_with("credits");
    });
    return found;
}

bool names_non_content(std::string_view class_attr) {
    bool found = false;
    for_each_token(class_attr, [&](std::string_view token) {
        found = found || token == "nocontent" || token.find("noscript") != std::string_view::npos;
    });
    return found;
}

}  // namespace artnorm::html
