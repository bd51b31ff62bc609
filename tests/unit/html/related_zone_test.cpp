#include <catch2/catch.hpp>

#include <string>

#include "core/normalize.hpp"
#include "html/related_zone.hpp"
#include "html_test_support.hpp"

using namespace artnorm;

namespace {

TextDocument document_of(std::initializer_list<const char*> texts, std::initializer_list<Role> roles) {
    std::vector<Segment> segments;
    for (const char* t : texts) {
        Segment s;
        s.text = t;
        segments.push_back(std::move(s));
    }
    TextDocument doc = make_document(std::move(segments));
    doc.roles.assign(roles.begin(), roles.end());
    return doc;
}

std::string body_of(const Article& a) {
    std::string out;
    for (const BodyBlock& b : a.body) out += b.text + "\n";
    return out;
}

}  // namespace

TEST_CASE("related-zone-header: kept segments of a zone whose header the selection dropped stay", "[html]") {
    const TextDocument doc = document_of({"Text", "Related Links", "Agency website", "The article goes on.", "Most read",
                                          "Teaser"},
                                         {Role::unassigned, Role::related, Role::related, Role::related,
                                          Role::related, Role::related});
    SECTION("header left out: the kept paragraph after the box is text") {
        const auto outside = html::related_outside_zone(doc, {true, false, false, true, false, false});
        CHECK(outside == std::vector<bool>{false, false, false, true, false, false});
    }
    SECTION("header kept: the zone stands") {
        const auto outside = html::related_outside_zone(doc, {true, true, true, true, true, true});
        CHECK(outside == std::vector<bool>(6, false));
    }
}

TEST_CASE("related-zone-header: a related box inside the article does not end it", "[html]") {
    const std::string p1 = "<p>The probe will study the moon for four years, with cameras, radar, a dust sensor and a small drill for the ice "
        "crust.</p>";
    const std::string p2 = "<p>Engineers say the launch window opens in spring, and the team is ready, tested and calm about the long cruise "
        "ahead.</p>";
    const std::string last = "<p>Challenges include designing the spacecraft to run largely on its own while the crew sleeps.</p>";
    const std::string page = "<html><body><article><div class='story'>" + p1 + p2 + p1 + p2 +
                             "<div class='related'><h2>Related Links</h2><div><a href='/a'>Agency website</a></div>"
                             "<div><a href='/b'>Mission home page</a></div></div>" +
                             last + "</div></article></body></html>";
    Options options;
    options.format = InputFormat::html;
    auto result = extract_article(page, options);
    REQUIRE(result.ok());
    const std::string body = body_of(result.value());
    CHECK(body.find("Challenges include") != std::string::npos);
    CHECK(body.find("Related Links") == std::string::npos);
    CHECK(body.find("Agency website") == std::string::npos);
}
