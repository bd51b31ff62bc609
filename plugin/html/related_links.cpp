#include "html/related_links.hpp"

#include "text/rules/rules.hpp"

namespace artnorm::html {
namespace {

bool is_link_segment(const SegmentFeatures& s) {
    return s.link_density >= kRelatedMinLinkDensity && !s.href.empty();
}

}  // namespace

void attach_related_links(const TextDocument& doc, const std::vector<SegmentFeatures>& features,
                          std::size_t body_start, const UrlResolver& urls, Article& article) {
    if (!article.related.empty()) {
        for (RelatedLink& link : article.related) {
            if (!link.href.empty()) continue;
            for (std::size_t i = 0; i < doc.size(); ++i) {
                const Segment& s = doc.segments[i];
                const std::string& href = features[i].href;
                if (doc.roles[i] == Role::related && s.text == link.title && !href.empty()) {
                    link.href = urls.resolve(href);
                    break;
                }
            }
        }
        return;
    }
    for (std::size_t i = body_start; i < doc.size(); ++i) {
        if (!is_related_header(doc.folded[i])) continue;
        for (std::size_t j = i + 1; j < doc.size() && article.related.size() < kMaxRelatedLinks; ++j) {
            if (!is_link_segment(features[j])) break;
            RelatedLink link;
            link.title = doc.segments[j].text;
            link.href = urls.resolve(features[j].href);
            article.related.push_back(std::move(link));
        }
        if (!article.related.empty()) return;
    }
}

}  // namespace artnorm::html
