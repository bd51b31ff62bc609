// Rule "html-headline": the headline of an HTML page.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/segments.hpp"

namespace artnorm::html {

// The page's first <h1> when no headline is declared; else its first <h1>
// that agrees with one of the declared headlines without their site part,
// or with the <title> without its site part (rule part "confirmed-h1");
// else the strongest declared headline (JSON-LD headline, og:title..., see
// json_ld.hpp and meta_tags.hpp); else the <title> without its site part;
// else the text rule's choice.
//
// Rule part "confirmed-h1": a page often declares several headlines - an
// SEO headline in JSON-LD, a social one in og:title, another in <title> -
// and shows readers one of them in its <h1>. The <h1> any declaration
// confirms is the page's headline, whichever declaration that is: the
// reader sees it, and the text renderings of the page find it too. The
// <title> confirms as well: "Julian Assange: Sweden drops rape
// investigation - BBC News" confirms that <h1> against og:title "Sweden
// drops Assange rape investigation". A declaration's site part ("Headline
// | Site") confirms nothing: a site logo in an <h1> is no headline, and a
// page whose first <h1> is its logo ("The GiveWell Blog") shows the
// article's in a later one.
std::string choose_headline(const std::vector<Segment>& segments,
                            const std::vector<std::string_view>& declared, std::string_view page_title,
                            std::string_view text_rule_choice);

// Two headlines agree when the words of one (case-folded, typographic
// apostrophes read as ASCII ones; punctuation and spacing ignored) are a
// run of the words of the other: "‘We had some issues,’ exec says" agrees
// with "'We had some issues,' exec says" and with "We had some issues".
bool headlines_agree(std::string_view a, std::string_view b);

}  // namespace artnorm::html
