#include "text/document.hpp"

#include <string>

#include "unicode/locale.hpp"

namespace artnorm {

TextDocument make_document(std::vector<Segment> segments) {
    TextDocument doc;
    doc.segments = std::move(segments);
    doc.roles.assign(doc.segments.size(), Role::unassigned);
    doc.ends_body.assign(doc.segments.size(), false);
    doc.folded.reserve(doc.segments.size());
    std::string folded;  // one buffer for all: no allocation per segment
    for (const Segment& s : doc.segments) {
        fold_case_into(folded, s.text);
        doc.folded.push_back(folded);
    }
    return doc;
}

TextDocument make_document(std::string_view text) { return make_document(split_segments(text)); }

}  // namespace artnorm
