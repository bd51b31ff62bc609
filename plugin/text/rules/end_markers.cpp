// Rule "end-markers": lines that only follow an article, never sit inside
// one, end the body and leave it (boilerpipe's "terminating blocks"):
//  - comment-form notices ("Your email address will not be published",
//    "O seu endereço de e-mail não será publicado", "No comments yet", the
//    reply form's "Leave a Reply Cancel reply", "Lascia un commento"),
//    phrases::kCommentFormNotices anywhere in a segment of at most
//    kEndMarkerMaxChars bytes;
//  - author-box headers: phrases::kAuthorBoxHeaders ("About the author",
//    "Über den Autor", "Об авторе"), or "About"/"Über"/"Sobre"/"À propos
//    de" (phrases::kAboutPrefixes) followed by a capitalised name of at most
//    kAuthorNameMaxWords words ("Über Moritz Bachmann").
// Only after the first body-like segment (kBodyLikeMinChars bytes ending a
// sentence): the same words at the top of a page are navigation.
#include <cctype>

#include "text/phrase_match.hpp"
#include "text/rules/body_like.hpp"
#include "text/rules/phrases.hpp"
#include "text/rules/rules.hpp"
#include "text/space_pieces.hpp"
#include "text/text_features.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kEndMarkerMaxChars = 200;
constexpr std::size_t kAuthorNameMaxWords = 3;

// Every word starts with an upper-case letter (any non-ASCII lead byte is
// taken as a letter of a cased script).
bool capitalised_name(std::string_view text) {
    std::size_t words = 0;
    const bool capitalised = for_each_space_piece(text, [&](std::string_view w) {
        if (w.empty()) return true;
        ++words;
        const auto c = static_cast<unsigned char>(w.front());
        return std::isupper(c) || c >= 0x80;
    });
    return capitalised && words >= 1 && words <= kAuthorNameMaxWords;
}

}  // namespace

bool is_end_marker(std::string_view text, std::string_view folded) {
    if (folded.size() > kEndMarkerMaxChars) return false;
    static const ContainedPhrases notices(phrases::kCommentFormNotices);
    if (notices.found_in(folded)) return true;
    const std::string_view core = strip_trailing_punctuation(folded);
    static const PhrasesByFirstByte author_box_headers(phrases::kAuthorBoxHeaders);
    if (author_box_headers.equal_to_one(core)) return true;
    for (std::string_view p : phrases::kAboutPrefixes) {
        // Case folding keeps byte lengths of these prefixes, so the original
        // text after them is the name.
        if (core.starts_with(p) && text.size() == folded.size() &&
            capitalised_name(strip_trailing_punctuation(text.substr(p.size())))) {
            return true;
        }
    }
    return false;
}

void apply_end_markers(TextDocument& doc, Article&) {
    mark_article_ends(doc, Role::boilerplate,
                      [&](std::size_t i) { return is_end_marker(doc.segments[i].text, doc.folded[i]); });
}

}  // namespace artnorm
