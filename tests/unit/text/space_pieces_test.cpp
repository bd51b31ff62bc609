#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "text/space_pieces.hpp"

namespace {
std::vector<std::string> pieces_of(std::string_view text) {
    std::vector<std::string> pieces;
    artnorm::for_each_space_piece(text, [&](std::string_view p) {
        pieces.emplace_back(p);
        return true;
    });
    return pieces;
}
}  // namespace

TEST_CASE("for_each_space_piece: pieces between single spaces, as the rules' word loops had them", "[text]") {
    CHECK(pieces_of("").empty());
    CHECK(pieces_of("one") == std::vector<std::string>{"one"});
    CHECK(pieces_of("Jane Doe") == std::vector<std::string>{"Jane", "Doe"});
    CHECK(pieces_of("a  b") == std::vector<std::string>{"a", "", "b"});  // two spaces: an empty piece
    CHECK(pieces_of(" a") == std::vector<std::string>{"", "a"});
    CHECK(pieces_of("a ") == std::vector<std::string>{"a"});               // none after a final space
    CHECK(pieces_of("a\tb\u00A0c") == std::vector<std::string>{"a\tb\u00A0c"});  // only U+0020 cuts
}

TEST_CASE("for_each_space_piece: stops at the first false and says so", "[text]") {
    std::vector<std::string> seen;
    const bool all = artnorm::for_each_space_piece("ok ok stop never", [&](std::string_view p) {
        seen.emplace_back(p);
        return p != "stop";
    });
    CHECK_FALSE(all);
    CHECK(seen == std::vector<std::string>{"ok", "ok", "stop"});
    CHECK(artnorm::for_each_space_piece("ok ok", [](std::string_view p) { return p == "ok"; }));
}
