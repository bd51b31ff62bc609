// Rule "comment-header": the header a comment thread opens with counts the
// comments and names the article they answer: "34 responses to “Title”",
// "10 thoughts on “Title”", "12 Kommentare zu „Titel“", "5 commentaires
// sur « Titre »", "3 comentarios en “Título”". A segment of at most
// kCommentHeaderMaxChars bytes made of a count (digits), a comment noun
// (kCommentNouns) and then nothing, or a preposition (kCommentPrepositions)
// or an opening quote, is a comment header: it ends the body and leaves it
// (boilerpipe's "terminating blocks"). Only after the first body-like
// segment (kBodyLikeMinChars bytes ending a sentence), as for rule
// "end-markers": comment counters in a teaser list above the article are
// not the article's thread.
#include <cctype>
#include <span>

#include "text/rules/body_like.hpp"
#include "text/rules/rules.hpp"
#include "text/text_features.hpp"

namespace artnorm {
namespace {

// A thread header is one short line; longer segments are sentences that
// happen to start with a number ("34 responses to the survey came in...").
constexpr std::size_t kCommentHeaderMaxChars = 200;

// Case-folded nouns of comment counts (plural and singular).
constexpr std::string_view kCommentNouns[] = {
    "responses", "response", "comments", "comment", "thoughts", "thought", "replies", "reply",
    "kommentare", "kommentar", "antworten", "antwort", "commentaires", "commentaire", "réponses", "réponse",
    "comentarios", "comentario", "respuestas", "respuesta", "comentários", "comentário", "respostas",
    "resposta", "commenti", "commento", "risposte", "reacties", "reactie", "komentar", "komentarze",
    "komentarzy", "комментарии", "комментария", "комментариев", "комментарий", "ответов", "ответа", "ответ",
};

// What follows the noun in a header naming the article.
constexpr std::string_view kCommentPrepositions[] = {
    "to", "on", "for", "about", "zu", "zum", "auf", "sur", "pour", "à", "a", "en", "em", "para",
    "sobre", "su", "per", "op", "bij", "do", "untuk", "на", "к",
};

// Opening quotes a title may start with.
constexpr std::string_view kOpeningQuotes[] = {"\"", "'", "\u201C", "\u201E", "\u00AB", "\u2018", "\u201A", "\u300C"};

std::string_view next_word(std::string_view text, std::size_t& pos) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    const std::size_t start = pos;
    while (pos < text.size() && text[pos] != ' ') ++pos;
    return text.substr(start, pos - start);
}

bool all_digits(std::string_view word) {
    if (word.empty()) return false;
    for (char c : word) if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

bool one_of(std::string_view word, std::span<const std::string_view> list) {
    for (std::string_view w : list) if (word == w) return true;
    return false;
}

}  // namespace

bool is_comment_header(std::string_view folded) {
    if (folded.size() > kCommentHeaderMaxChars) return false;
    std::size_t pos = 0;
    if (!all_digits(next_word(folded, pos))) return false;
    if (!one_of(strip_trailing_punctuation(next_word(folded, pos)), kCommentNouns)) return false;
    const std::size_t rest_start = pos;
    const std::string_view third = next_word(folded, pos);
    if (third.empty()) return true;
    if (one_of(third, kCommentPrepositions)) return true;
    std::string_view rest = folded.substr(rest_start);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    for (std::string_view q : kOpeningQuotes) if (rest.starts_with(q)) return true;
    return false;
}

void apply_comment_header(TextDocument& doc, Article&) {
    mark_article_ends(doc, Role::boilerplate, [&](std::size_t i) { return is_comment_header(doc.folded[i]); });
}

}  // namespace artnorm
