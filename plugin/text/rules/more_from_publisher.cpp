// Rule "more-from-publisher": a header naming the publisher after "more"
// ("More Washington Examiner", "More from The Times", "Mehr von der Zeit",
// "Plus de Libération", "Más de El País") opens the publisher's teaser list
// below the article: it becomes a related-zone header and ends the body.
// The publisher is what rules "headline" and "publisher" found
// (article.publisher); the segment must be that prefix (kMorePrefixes, an
// optional article word among kArticleWords) and the name, nothing else,
// and come after the first body-like segment (kBodyLikeMinChars bytes
// ending a sentence), as for rule "end-markers".
#include "text/rules/body_like.hpp"
#include "text/rules/rules.hpp"
#include "text/text_features.hpp"
#include "unicode/locale.hpp"

namespace artnorm {
namespace {


constexpr std::string_view kMorePrefixes[] = {
    "more from ", "more ", "mehr von ", "mehr aus ", "mehr ", "plus de ", "más de ", "mais de ", "altro da ",
    "meer van ", "ещё ", "еще ", "больше ",
};
constexpr std::string_view kArticleWords[] = {"the ", "der ", "dem ", "la ", "le ", "el ", "il ", "de "};

}  // namespace

bool is_more_from_publisher(std::string_view folded_text, std::string_view folded_publisher) {
    if (folded_publisher.empty()) return false;
    const std::string_view core = strip_trailing_punctuation(folded_text);
    static constexpr ByteSet kFirst = ByteSet::first_bytes(kMorePrefixes);  // most lines open with none
    if (core.empty() || !kFirst.contains(core.front())) return false;
    for (std::string_view p : kMorePrefixes) {
        if (!core.starts_with(p)) continue;
        std::string_view rest = core.substr(p.size());
        if (rest == folded_publisher) return true;
        for (std::string_view a : kArticleWords) {
            if (rest.starts_with(a) && rest.substr(a.size()) == folded_publisher) return true;
        }
    }
    return false;
}

void apply_more_from_publisher(TextDocument& doc, Article& article) {
    if (article.publisher.empty()) return;
    const std::string publisher = fold_case(article.publisher);
    mark_article_ends(doc, Role::related, [&](std::size_t i) { return is_more_from_publisher(doc.folded[i], publisher); });
}

}  // namespace artnorm
