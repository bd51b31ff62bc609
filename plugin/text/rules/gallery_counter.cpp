// Rule "gallery-counter": photo galleries are rendered as one line per
// picture, "1 of 4 A shopper looks at extension cords ...", "Image 1 of 9",
// "Foto 2 von 5 ...": a counter "N <of> M" (kCounterConnectors, N <= M,
// both at most kCounterMaxDigits digits), optionally after a picture label
// (kGalleryLabels), at the start of the segment, then the caption (spaces
// around the counter's parts optional: html2text writes "1of4Grass ..."). Such a
// line is a figure (its caption, when any, becomes a Figure), never body.
// A counter without a label is only trusted when another segment of the
// page counts the same gallery (same M, another N): "1 of 4 Americans say
// ..." alone is a sentence.
#include <array>
#include <map>
#include <optional>
#include <set>

#include "text/rules/rules.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm {
namespace {

// Galleries hold at most hundreds of pictures; longer numbers are years,
// prices or counts in a sentence.
constexpr std::size_t kCounterMaxDigits = 3;
// A gallery caption is a sentence or two; longer segments are paragraphs.
constexpr std::size_t kGalleryLineMaxChars = 600;

constexpr std::string_view kGalleryLabels[] = {
    "image", "photo", "picture", "slide", "foto", "bild", "imagen", "immagine", "фото", "изображение", "图片",
};
// No "/": "1/4 cup", "3/4 cup" are quantities, not counters.
constexpr std::string_view kCounterConnectors[] = {"of", "von", "de", "sur", "di", "из", "van"};

struct Counter {
    int n = 0, m = 0;
    bool labelled = false;
    std::size_t caption_at = 0;  // byte offset of the caption in the text
};

void skip_spaces(std::string_view text, std::size_t& pos) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
}

// At most kCounterMaxDigits digits at pos (html2text glues the counter to
// its neighbours: "1of4Grass Valley's ...").
std::optional<int> small_number(std::string_view text, std::size_t& pos) {
    const std::size_t start = pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
    if (pos == start || pos - start > kCounterMaxDigits) return std::nullopt;
    int v = 0;  // read only once known to be short: a long run would overflow
    for (std::size_t k = start; k < pos; ++k) v = v * 10 + (text[k] - '0');
    return v;
}

std::optional<Counter> gallery_counter(std::string_view folded) {
    Counter c;
    std::size_t pos = 0;
    for (std::string_view label : kGalleryLabels) {
        if (!folded.empty() && folded[0] == label[0] && folded.starts_with(label) &&
            folded.substr(label.size()).starts_with(" ")) {
            c.labelled = true;
            pos = label.size();
            break;
        }
    }
    skip_spaces(folded, pos);
    const auto n = small_number(folded, pos);
    if (!n) return std::nullopt;
    skip_spaces(folded, pos);
    bool known = false;
    for (std::string_view k : kCounterConnectors) {
        if (folded.substr(pos).starts_with(k)) {
            pos += k.size();
            known = true;
            break;
        }
    }
    if (!known) return std::nullopt;
    skip_spaces(folded, pos);
    const auto m = small_number(folded, pos);
    if (!m || *n < 1 || *n > *m) return std::nullopt;
    c.n = *n;
    c.m = *m;
    skip_spaces(folded, pos);
    c.caption_at = pos;
    return c;
}

}  // namespace

bool is_gallery_counter_line(std::string_view folded_text) {
    const auto c = gallery_counter(folded_text);
    return c && c->labelled;
}

void apply_gallery_counter(TextDocument& doc, Article& article) {
    std::vector<std::optional<Counter>> counters(doc.size());
    std::map<int, std::set<int>> seen;  // M -> the Ns counted
    for (std::size_t i = 0; i < doc.size(); ++i) {
        if (!doc.unassigned(i) || doc.segments[i].text.size() > kGalleryLineMaxChars) continue;
        // Case folding may change byte lengths; the caption is cut from the
        // original text only when it did not.
        if (doc.segments[i].text.size() != doc.folded[i].size()) continue;
        counters[i] = gallery_counter(doc.folded[i]);
        if (counters[i]) seen[counters[i]->m].insert(counters[i]->n);
    }
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const auto& c = counters[i];
        if (!c || (!c->labelled && seen[c->m].size() < 2)) continue;
        doc.roles[i] = Role::figure;
        const std::string caption = collapse_whitespace(std::string_view(doc.segments[i].text).substr(c->caption_at));
        if (!caption.empty()) {
            Figure f;
            f.caption = caption;
            article.figures.push_back(std::move(f));
        }
    }
}

}  // namespace artnorm
