// Rule "figure-lines": picture captions and credits anywhere in the page
// (rule "caption-credit" only looks between the headline and the body).
// Renderings keep every figure of the article as text lines between its
// paragraphs; these are recognised without context:
//  - labelled credit at the end: "Protesters outside the court (Image:
//    GETTY)", "(Photo: Getty Images)", "(Credit: iStock)" - a trailing
//    parenthesis opening with a picture label (kPictureLabels + ':' or
//    " credit:");
//  - an inline credit label: "Trump in Louisiana. Credit... Doug Mills/The
//    Times" (kInlineCreditMarkers);
//  - label lines: "Image caption ...", "Image copyright ...", "Photo: X",
//    "Foto: X" (kLabelLinePrefixes);
//  - a credit line: a short line (at most kCreditLineMaxWords words, no
//    sentence end) that names_credit ('/' or an agency) and whose words are
//    capitalised (kConnectorMaxBytes-byte connectors like "via" aside), and
//    that holds no list punctuation (',', ':', ';', '*'):
//    "Sakib Ali/Hindustan Times/Getty Images". When it separates names
//    ('/' or '|'), the segment right before it, when unclaimed, plain, at
//    most kCaptionBeforeMaxChars bytes and not ending with a colon, is its
//    caption (a bare "Reuters" under the last paragraph is a credit alone).
// All of them become Figures (caption + credit) or, for bare labels, leave
// the body as figure text.
#include <array>
#include <cctype>

#include "text/rules/caption_credit.hpp"
#include "text/rules/rules.hpp"
#include "text/space_pieces.hpp"
#include "text/text_features.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kFigureLineMaxChars = 400;
constexpr std::size_t kCreditLineMaxWords = 6;
constexpr std::size_t kCreditLineMaxChars = 80;
constexpr std::size_t kConnectorMaxBytes = 3;
constexpr std::size_t kCaptionBeforeMaxChars = 300;

constexpr std::string_view kPictureLabels[] = {
    "image", "images", "photo", "photos", "picture", "pic", "credit", "foto", "fotos", "bild", "imagen",
    "фото", "photograph",
};
constexpr std::string_view kInlineCreditMarkers[] = {"credit...", "credit…", "credit:"};
constexpr std::string_view kLabelLinePrefixes[] = {
    "image caption", "image copyright", "image source", "media caption", "photo credit", "bildunterschrift",
    "photo:", "photos:", "foto:", "fotos:", "image:", "credit:", "фото:", "bild:",
};

std::optional<Figure> make_figure(std::string_view caption, std::string_view credit) {
    Figure f{collapse_whitespace(caption), collapse_whitespace(credit), {}};
    if (f.caption.empty() && f.credit.empty()) return std::nullopt;
    return f;
}

// "... (Image: GETTY )" -> caption + credit.
std::optional<Figure> labelled_parenthesis(std::string_view text, std::string_view folded) {
    if (!text.ends_with(')') || text.size() != folded.size()) return std::nullopt;
    const std::size_t open = folded.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    std::string_view inner = folded.substr(open + 1, folded.size() - open - 2);
    for (std::string_view label : kPictureLabels) {
        if (!starts_with_phrase(inner, label)) continue;
        std::string_view rest = inner.substr(label.size());
        if (rest.starts_with(" credit")) rest.remove_prefix(std::string_view(" credit").size());
        if (!rest.starts_with(':')) continue;
        const std::size_t credit_at = open + 1 + (inner.size() - rest.size()) + 1;
        return make_figure(text.substr(0, open), text.substr(credit_at, text.size() - 1 - credit_at));
    }
    return std::nullopt;
}

std::optional<Figure> inline_credit(std::string_view text, std::string_view folded) {
    if (text.size() != folded.size()) return std::nullopt;
    for (std::string_view m : kInlineCreditMarkers) {
        const std::size_t at = folded.find(m);
        // html2text glues the label to the sentence: "it.Credit...Name".
        if (at != std::string_view::npos && at > 0 && std::string_view(" .!?\"").find(folded[at - 1]) != std::string_view::npos) {
            return make_figure(text.substr(0, at), text.substr(at + m.size()));
        }
    }
    return std::nullopt;
}

// The first bytes of kLabelLinePrefixes: most lines start with none of them.
constexpr auto kLabelLineFirstBytes = [] {
    std::array<bool, 256> first{};
    for (std::string_view p : kLabelLinePrefixes) first[static_cast<unsigned char>(p.front())] = true;
    return first;
}();

bool label_line(std::string_view folded) {
    if (folded.empty() || !kLabelLineFirstBytes[static_cast<unsigned char>(folded.front())]) return false;
    for (std::string_view p : kLabelLinePrefixes) {
        if (p.ends_with(':') ? folded.starts_with(p) : starts_with_phrase(folded, p)) return true;
    }
    return false;
}

bool capitalised_words(std::string_view text) {
    return for_each_space_piece(text, [](std::string_view w) {
        return w.size() <= kConnectorMaxBytes || !std::islower(static_cast<unsigned char>(w.front()));
    });
}

// Words, the separators "|" and "/" standing alone not counted.
std::size_t credit_words(std::string_view text) {
    std::size_t words = count_words(text);
    for_each_space_piece(text, [&](std::string_view w) {
        if (w == "|" || w == "/") --words;
        return true;
    });
    return words;
}

}  // namespace

bool is_credit_line(std::string_view text, std::string_view folded_text) {
    // The cheap tests first; names_credit (agency names) last.
    static constexpr ByteSet kListPunctuation(",:;*");
    return text.size() <= kCreditLineMaxChars && kListPunctuation.find_in(text) == std::string_view::npos &&
           capitalised_words(text) && credit_words(text) <= kCreditLineMaxWords && !ends_with_sentence_end(text) &&
           names_credit(text, folded_text);
}

std::optional<Figure> figure_line(std::string_view text, std::string_view folded) {
    if (text.size() > kFigureLineMaxChars) return std::nullopt;
    if (auto f = labelled_parenthesis(text, folded)) return f;
    if (auto f = inline_credit(text, folded)) return f;
    return std::nullopt;
}

void apply_figure_lines(TextDocument& doc, Article& article) {
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (!doc.unassigned(i)) continue;
        const std::string& text = doc.segments[i].text;
        if (auto f = figure_line(text, doc.folded[i])) {
            article.figures.push_back(std::move(*f));
            doc.roles[i] = Role::figure;
        } else if (text.size() <= kFigureLineMaxChars && label_line(doc.folded[i])) {
            doc.roles[i] = Role::figure;
        } else if (is_credit_line(text, doc.folded[i])) {
            doc.roles[i] = Role::figure;
            const std::string& before = i > 0 ? doc.segments[i - 1].text : text;
            const bool caption_before = i > 0 && text.find_first_of("/|") != std::string::npos &&
                                        doc.unassigned(i - 1) && doc.segments[i - 1].shape == SegmentShape::plain &&
                                        before.size() <= kCaptionBeforeMaxChars && !before.ends_with(':');
            if (caption_before) doc.roles[i - 1] = Role::figure;
            if (auto f = make_figure(caption_before ? std::string_view(doc.segments[i - 1].text) : "", text)) {
                article.figures.push_back(std::move(*f));
            }
        }
    }
}

}  // namespace artnorm
