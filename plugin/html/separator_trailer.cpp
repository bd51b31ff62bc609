#include "html/separator_trailer.hpp"

#include "text/text_features.hpp"
#include "unicode/whitespace.hpp"

namespace artnorm::html {
namespace {

// Line-drawing characters only: "* * *" and "..." are section breaks
// inside a text (a last short section may follow them).
constexpr std::string_view kLineCharacters[] = {
    "_", "-", "=", "~", "\u2014", "\u2013", "\u2012", "\u2015", "\u2500", "\u2501",
};

}  // namespace

bool is_separator_line(std::string_view text) {
    for (std::string_view c : kLineCharacters) {
        std::size_t run = 0, pos = 0;
        bool only = true;
        while (pos < text.size() && only) {
            if (text[pos] == ' ') {
                ++pos;
            } else if (text.substr(pos).starts_with(c)) {
                ++run;
                pos += c.size();
            } else {
                only = false;
            }
        }
        if (only && run >= kMinSeparatorRun) return true;
    }
    return false;
}

void drop_separator_trailer(const HtmlPage& page, std::vector<std::size_t>& body) {
    // Headings after the last text introduce what follows the article (rule
    // "trailing-heading" drops them later); the notes end the text.
    std::size_t end = body.size();
    while (end > 0 && page.segments[body[end - 1]].shape == SegmentShape::heading) --end;
    for (std::size_t notes = 1; notes <= kMaxSeparatedNotes && notes + 1 < end; ++notes) {
        const Segment& note = page.segments[body[end - notes]];
        if (note.shape != SegmentShape::plain || count_code_points(note.text) > kMaxNoteChars ||
            is_separator_line(note.text)) {
            return;
        }
        if (is_separator_line(page.segments[body[end - notes - 1]].text)) {
            body.resize(end - notes);  // the line stays: it closes the article
            return;
        }
    }
}

}  // namespace artnorm::html
