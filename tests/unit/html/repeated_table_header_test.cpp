#include <catch2/catch.hpp>

#include "html/body_selection.hpp"
#include "html/repeated_table_header.hpp"
#include "html_test_support.hpp"

using namespace artnorm;
using namespace artnorm::html;

namespace {
std::size_t find_row(const HtmlPage& page, const std::string& text, std::size_t from = 0) {
    for (std::size_t i = from; i < page.segments.size(); ++i) {
        if (page.segments[i].text == text) return i;
    }
    return page.segments.size();
}
}  // namespace

TEST_CASE("repeated-table-header: a tfoot printing the column names again is a repeat", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><table><thead><tr><th>Pos</th><th>Player</th><th>Plays</th></tr></thead>"
        "<tfoot><tr><th>Pos</th><th>Player</th><th>Plays</th></tr></tfoot>"
        "<tbody><tr><td>DL</td><td>Larry Ogunjobi</td><td>63</td></tr>"
        "<tr><td>DL</td><td>Myles Garrett</td><td>57</td></tr></tbody></table></body>");
    const std::size_t head = find_row(page, "Pos Player Plays");
    const std::size_t foot = find_row(page, "Pos Player Plays", head + 1);
    REQUIRE(foot < page.segments.size());
    CHECK_FALSE(repeats_table_header(page, head));
    CHECK(repeats_table_header(page, foot));
    CHECK_FALSE(repeats_table_header(page, find_row(page, "DL Myles Garrett 57")));
}

TEST_CASE("repeated-table-header: a total row, or the same row in another table, is no repeat", "[html]") {
    const HtmlPage page = html_test::walk(
        "<body><table><tr><th>Year</th><th>Sales</th></tr><tr><td>2018</td><td>10</td></tr>"
        "<tfoot><tr><td>Total</td><td>10</td></tr></tfoot></table>"
        "<table><tr><th>Year</th><th>Sales</th></tr><tr><td>2019</td><td>12</td></tr></table></body>");
    CHECK_FALSE(repeats_table_header(page, find_row(page, "Total 10")));
    const std::size_t first = find_row(page, "Year Sales");
    CHECK_FALSE(repeats_table_header(page, find_row(page, "Year Sales", first + 1)));
}
