#include <catch2/catch.hpp>

#include "text/extract_text.hpp"

using namespace artnorm;

TEST_CASE("extract_text: empty and blank input -> empty_input", "[text][extract-text]") {
    for (std::string input : {std::string(), std::string(" \n\t\xC2\xA0\n"), std::string("\0\x01\n", 3)}) {
        const auto result = extract_from_text(input, Options{});
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().status == Status::empty_input);
    }
}

TEST_CASE("extract_text: strict UTF-8 failure and provenance counts", "[text][extract-text]") {
    const std::string text =
        "Headline Of The Story\n\nThe council approved the plan on Tuesday evening after a long debate about the "
        "costs\xFF and the schedule of the work, which is to begin in the spring of next year.\x01\n";
    Options strict;
    strict.strict_utf8 = true;
    const auto failed = extract_from_text(text, strict);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().status == Status::invalid_input);

    const auto result = extract_from_text(text, Options{});
    REQUIRE(result.ok());
    const Article& a = result.value();
    CHECK(a.provenance.format == "text");
    CHECK(a.provenance.input_bytes == text.size());
    CHECK(a.provenance.invalid_utf8_sequences == 1);
    CHECK(a.provenance.removed_controls == 1);
    CHECK(a.headline == "Headline Of The Story");
    REQUIRE(a.body.size() == 1);
}

TEST_CASE("extract_text: forced language wins", "[text][extract-text][language]") {
    Options options;
    options.language = "de";
    const auto result = extract_from_text(
        "The council approved the plan on Tuesday evening after a long debate about the costs and the schedule.\n",
        options);
    REQUIRE(result.ok());
    CHECK(result.value().language == "de");
}

TEST_CASE("extract_text: text without an article -> no_article", "[text][extract-text]") {
    const auto result = extract_from_text("Home\nNews\nSport\n", Options{});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().status == Status::no_article);
}
