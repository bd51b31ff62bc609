// Rule "author-bio": the note about the writer that closes many articles
// ("Meg Roe is a media reporter for the Times, covering ...", "Jane Roe
// (@jane) is a contributor at Example", "Max Muster ist Redakteur bei ...")
// is not article text. A segment of at most kBioMaxChars bytes that starts
// with a capitalised name of kBioNameMinWords..kBioNameMaxWords words
// (optionally followed by a "(@handle)"), then a copula (kCopulas: " is a ",
// " ist ", " est "...), and names a role among its first kBioRoleReach
// bytes after the copula (kRoleWords: reporter, editor, writer, curator,
// Redakteur, journaliste...) is a bio. The body rule drops bios that end
// the article (see body.cpp); a bio inside an article may be a quote.
#include <cctype>

#include "text/rules/rules.hpp"
#include "text/space_pieces.hpp"
#include "unicode/locale.hpp"

namespace artnorm {
namespace {

constexpr std::size_t kBioMaxChars = 600;
constexpr std::size_t kBioNameMinWords = 2;
constexpr std::size_t kBioNameMaxWords = 4;
constexpr std::size_t kBioRoleReach = 120;

constexpr std::string_view kCopulas[] = {
    " is a ", " is an ", " is the ", " is ", " was a ", " ist ", " war ", " est ", " était ", " es ", " era ", " é ",
    " è ", " — ", " – ",
};
constexpr std::string_view kRoleWords[] = {
    "reporter", "writer", "editor", "correspondent", "columnist", "contributor", "journalist", "curator",
    "producer", "author", "freelance", "critic", "host", "blogger", "redakteur", "autor", "journalist",
    "korrespondent", "journaliste", "rédact", "correspondant", "periodista", "redactor", "corresponsal",
    "jornalista", "repórter", "giornalista", "корреспондент", "журналист", "редактор", "обозреватель",
};

// Words (space separated) that start with an upper-case letter or a
// non-ASCII lead byte, from the start, up to the first lower-case word.
std::size_t leading_capitalised_words(std::string_view text, std::size_t& end_at) {
    std::size_t words = 0;
    end_at = 0;
    for_each_space_piece(text, [&](std::string_view w) {
        // An empty piece (two spaces) starts with the space: no capital.
        const auto c = static_cast<unsigned char>(w.empty() ? ' ' : w.front());
        if (!(std::isupper(c) || c >= 0x80)) return false;
        ++words;
        end_at = static_cast<std::size_t>(w.data() - text.data()) + w.size();
        return true;
    });
    return words;
}

}  // namespace

bool is_author_bio(std::string_view text) {
    if (text.size() > kBioMaxChars) return false;
    std::size_t name_end = 0;
    const std::size_t name_words = leading_capitalised_words(text, name_end);
    if (name_words < kBioNameMinWords) return false;
    std::string_view rest = text.substr(name_end);
    if (rest.starts_with(" (@")) {
        const std::size_t close = rest.find(')');
        if (close == std::string_view::npos) return false;
        rest = rest.substr(close + 1);
    }
    // The name may run on into the copula's capitalised neighbour; check
    // the copula sits right after at most kBioNameMaxWords words.
    if (name_words > kBioNameMaxWords) return false;
    for (std::string_view copula : kCopulas) {
        if (!rest.starts_with(copula)) continue;
        const std::string folded = fold_case(rest.substr(copula.size(), kBioRoleReach));
        for (std::string_view role : kRoleWords) {
            if (folded.find(role) != std::string::npos) return true;
        }
        return false;
    }
    return false;
}

}  // namespace artnorm
