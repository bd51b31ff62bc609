// Rule "printed-address": a link whose visible text is a web address
// ("http://amzn.to/2hXQPDr", "www.example.com.br", "Ticketing
// www.theater.com") is printed by the article: a source it cites, a shop or
// a site it names, read as text. Link furniture (teasers, menus, related
// lists) shows headlines and labels, not addresses. The body selection does
// not drop such a segment for being link-heavy.
//
// A segment prints an address when its text holds exactly one web address:
// one "http://", "https://" or "www." (ASCII case ignored; "https://www."
// is one). A line of several ("Listen: http://... Download: http://...
// iTunes: http://...") is a row of labelled links, the page's furniture.
#pragma once

#include <cstddef>
#include <string_view>

namespace artnorm::html {

// Web addresses written in text, as described above.
std::size_t count_addresses(std::string_view text);

bool prints_address(std::string_view text);

}  // namespace artnorm::html
