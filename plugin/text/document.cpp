#include "text/document.hpp"

#include "unicode/locale.hpp"

namespace artnorm {

TextDocument make_document(std::vector<Segment> segments) {
    TextDocument doc;
    doc.segments = std::move(segments);
    doc.roles.assign(doc.segments.size(), Role::unassigned);
    doc.ends_body.assign(doc.segments.size(), false);
    doc.folded.reserve(doc.segments.size());
    for (const Segment& s : doc.segments) doc.folded.push_back(fold_case(s.text));
    return doc;
}

TextDocument make_document(std::string_view text) { return make_document(split_segments(text)); }

}  // namespace artnorm
