// Rule "standfirst": the summary line many pages print between the headline
// and the byline/dateline ("Headline / It's part of a larger problem. / By
// Jane Doe / Nov 2") is a description of the article, not its first
// paragraph. The first unclaimed segment within kStandfirstReach segments
// after the headline (only metadata, figures and boilerplate before it) of
// kStandfirstMinChars..kStandfirstMaxChars bytes, plain or a markdown
// subheading ("## It's part of a larger problem."), becomes the description
// when a metadata line (a byline or date an earlier rule consumed) follows
// within kStandfirstMetaReach segments, with no other unclaimed segment of
// kBodyLikeMinChars bytes or more in between.
#include "text/rules/body_like.hpp"
#include "text/rules/rules.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kStandfirstReach = 3;
constexpr std::size_t kStandfirstMinChars = 40;
constexpr std::size_t kStandfirstMaxChars = 400;
constexpr std::size_t kStandfirstMetaReach = 3;

bool passive(Role r) { return r == Role::metadata || r == Role::figure || r == Role::boilerplate; }

}  // namespace

std::size_t find_standfirst(const TextDocument& doc) {
    if (doc.headline == TextDocument::npos) return TextDocument::npos;
    for (std::size_t i = doc.headline + 1; i < doc.size() && i <= doc.headline + kStandfirstReach; ++i) {
        if (passive(doc.roles[i])) continue;
        const SegmentShape shape = doc.segments[i].shape;
        if (!doc.unassigned(i) || (shape != SegmentShape::plain && shape != SegmentShape::heading)) return TextDocument::npos;
        const std::size_t size = doc.segments[i].text.size();
        if (size < kStandfirstMinChars || size > kStandfirstMaxChars) return TextDocument::npos;
        for (std::size_t j = i + 1; j < doc.size() && j <= i + kStandfirstMetaReach; ++j) {
            if (doc.roles[j] == Role::metadata) return i;
            if (doc.unassigned(j) && doc.segments[j].text.size() >= kBodyLikeMinChars) break;
        }
        return TextDocument::npos;
    }
    return TextDocument::npos;
}

void apply_standfirst(TextDocument& doc, Article& article) {
    const std::size_t i = find_standfirst(doc);
    if (i == TextDocument::npos) return;
    doc.roles[i] = Role::metadata;
    if (article.description.empty()) article.description = doc.segments[i].text;
}

}  // namespace artnorm
