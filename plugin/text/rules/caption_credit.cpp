// Rule "caption-credit": between the headline and the first body paragraph,
// a short segment (at most kCaptionMaxChars bytes, at most kCaptionWindow
// segments after the headline) that reads as a photo caption followed by a
// credit becomes a Figure (see split_caption_credit for the patterns).
#include "text/rules/caption_credit.hpp"

#include <cctype>
#include <string>

#include "text/phrase_match.hpp"
#include "text/rules/body_like.hpp"
#include "text/rules/rules.hpp"
#include "text/text_features.hpp"
#include "unicode/locale.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kCaptionMaxChars = 400;
constexpr std::size_t kCaptionWindow = 6;

constexpr std::string_view kCreditLabels[] = {
    "photo by ", "photos by ", "photo: ", "photos: ", "photograph: ", "image: ", "credit: ",
    "foto: ", "fotos: ", "bild: ", "crédit : ", "crédit: ", "imagen: ", "фото: ", "图片：", "摄影：",
};
constexpr std::string_view kAgencies[] = {
    "getty images", "reuters", "ap photo", "afp", "epa", "dpa", "tass", "ria novosti", "shutterstock",
    "xinhua", "efe", "anadolu", "imago", "picture alliance", "instagram", "facebook", "twitter",
    "wikimedia commons", "unsplash",
};

std::string trimmed(std::string_view s) { return collapse_whitespace(s); }

bool starts_upper_or_digit(std::string_view s) {
    if (s.empty()) return false;
    const auto c = static_cast<unsigned char>(s[0]);
    return std::isupper(c) || std::isdigit(c) || c >= 0x80;
}

// Index just past the last sentence end ('.', '!', '?', '…' plus closing
// quotes) that is followed by a space; npos when none.
std::size_t last_sentence_end(std::string_view s) {
    static const std::string_view closers[] = {"\"", "'", "\u201D", "\u2019", "\u00BB", ")"};
    std::size_t best = std::string_view::npos;
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        if (s[i] != '.' && s[i] != '!' && s[i] != '?') continue;
        std::size_t end = i + 1;
        for (bool again = true; again;) {
            again = false;
            for (std::string_view c : closers) {
                if (s.substr(end, c.size()) == c) { end += c.size(); again = true; }
            }
        }
        if (end < s.size() && s[end] == ' ') best = end;
    }
    return best;
}

// Whether text, once folded, may hold one of kCreditLabels: each holds
// "by ", ':' or a full-width colon, which only "by " in any case, ':' and
// that colon fold to. Most captions hold none, and then neither folding nor
// the search of every label from the end is needed.
bool may_hold_credit_label(std::string_view text) {
    if (text.find(':') != std::string_view::npos || text.find("\uFF1A") != std::string_view::npos) return true;
    for (std::size_t at = 0; at + 2 < text.size(); ++at) {
        if ((text[at] | 0x20) == 'b' && (text[at + 1] | 0x20) == 'y' && text[at + 2] == ' ') return true;
    }
    return false;
}

}  // namespace

bool names_credit(std::string_view part, std::string_view folded_part) {
    if (part.find('/') != std::string_view::npos) return true;
    static const ContainedPhrases agencies(kAgencies);
    return agencies.found_in(folded_part);
}

bool names_credit(std::string_view part) {
    if (part.find('/') != std::string_view::npos) return true;  // no folding needed
    return names_credit(part, fold_case(part));
}

namespace {

std::optional<Figure> figure(std::string_view caption, std::string_view credit) {
    Figure f;
    f.caption = trimmed(caption);
    f.credit = trimmed(credit);
    if (f.caption.empty() || f.credit.empty()) return std::nullopt;
    return f;
}

}  // namespace

std::optional<Figure> split_caption_credit(std::string_view text) {
    // 1. Trailing parenthesis.
    if (!text.empty() && text.back() == ')') {
        const std::size_t open = text.rfind('(');
        if (open != std::string_view::npos && open > 0) {
            std::string_view inner = text.substr(open + 1, text.size() - open - 2);
            const std::string inner_folded = fold_case(inner);
            for (std::string_view label : kCreditLabels) {
                if (inner_folded.substr(0, label.size()) == label && inner_folded.size() == inner.size()) {
                    return figure(text.substr(0, open), inner.substr(label.size()));
                }
            }
            if (names_credit(inner) && count_words(inner) <= kCreditMaxWords) {
                return figure(text.substr(0, open), inner);
            }
        }
    }
    // 2. A credit label after some caption text (byte offsets line up when
    // folding keeps the length).
    const std::string folded = may_hold_credit_label(text) ? fold_case(text) : std::string();
    if (!folded.empty() && folded.size() == text.size()) {
        for (std::string_view label : kCreditLabels) {
            const std::size_t at = find_last(folded, label);
            if (at != std::string::npos && at > 0 && (folded[at - 1] == ' ' || folded[at - 1] == '(')) {
                return figure(text.substr(0, at), text.substr(at + label.size()));
            }
        }
    }
    // 3. A short credit after the caption's last sentence.
    const std::size_t end = last_sentence_end(text);
    if (end == std::string_view::npos) return std::nullopt;
    const std::string_view credit = text.substr(end + 1);
    if (count_words(credit) > kCreditMaxWords || !starts_upper_or_digit(credit) || ends_with_sentence_end(credit) ||
        !names_credit(credit)) {
        return std::nullopt;
    }
    return figure(text.substr(0, end), credit);
}

void apply_caption_credit(TextDocument& doc, Article& article) {
    const std::size_t start = doc.headline == TextDocument::npos ? 0 : doc.headline + 1;
    for (std::size_t i = start; i < doc.size() && i < start + kCaptionWindow; ++i) {
        if (!doc.unassigned(i)) continue;
        const std::string& text = doc.segments[i].text;
        if (body_like(doc, i)) break;  // the body began
        if (text.size() > kCaptionMaxChars) continue;
        if (auto f = split_caption_credit(text)) {
            article.figures.push_back(std::move(*f));
            doc.roles[i] = Role::figure;
        }
    }
}

}  // namespace artnorm
