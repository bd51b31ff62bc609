// Rule "html-headline": the headline of an HTML page.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/segments.hpp"

namespace artnorm::html {

// The page's first <h1> when it agrees with the declared headline (one
// contains the other, case-folded) or when none is declared; else the
// declared headline (JSON-LD headline, og:title..., see meta_tags.hpp);
// else the <title> without its site part; else the text rule's choice.
std::string choose_headline(const std::vector<Segment>& segments, std::string_view declared,
                            std::string_view page_title, std::string_view text_rule_choice);

}  // namespace artnorm::html
