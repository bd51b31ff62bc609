#include <catch2/catch.hpp>

#include "unit/text/rules_test_support.hpp"

using namespace artnorm;
using artnorm::test::document_of;

TEST_CASE("publisher: support banner names the publisher", "[text][publisher]") {
    auto run = document_of("Support The Moscow Times!\nDeputy director told The Moscow Times in September that it was so.\n");
    apply_boilerplate_phrases(run.doc, run.article);
    apply_publisher(run.doc, run.article);
    CHECK(run.article.publisher == "The Moscow Times");
}

TEST_CASE("publisher: copyright line", "[text][publisher]") {
    auto run = document_of("Body text.\n© 2019-2024 Example Media Group. All rights reserved.\n");
    apply_boilerplate_phrases(run.doc, run.article);
    apply_publisher(run.doc, run.article);
    CHECK(run.article.publisher == "Example Media Group");
}

TEST_CASE("publisher: a name only mentioned in text is no source", "[text][publisher]") {
    auto run = document_of("He told The Daily Example that he would support the plan.\n");
    apply_boilerplate_phrases(run.doc, run.article);
    apply_publisher(run.doc, run.article);
    CHECK(run.article.publisher.empty());
}

TEST_CASE("publisher: the site's copyright line beats a photo credit", "[text][publisher]") {
    auto run = document_of("Headline Here For The Test\n\u00A9 EXAMPLE PRESS / POOL\nBody text.\n"
                           "\u00A9 2019 Example News. All rights reserved\n");
    apply_boilerplate_phrases(run.doc, run.article);
    for (std::size_t i = 0; i < run.doc.size(); ++i) {
        if (run.doc.segments[i].text.find("\u00A9") != std::string::npos) run.doc.roles[i] = Role::boilerplate;
    }
    apply_publisher(run.doc, run.article);
    CHECK(run.article.publisher == "Example News");
    auto credit_only = document_of("\u00A9 EXAMPLE PRESS / POOL\n");
    credit_only.doc.roles[0] = Role::boilerplate;
    apply_publisher(credit_only.doc, credit_only.article);
    CHECK(credit_only.article.publisher.empty());
}

TEST_CASE("publisher: stock phrases and years around the name go", "[text][publisher]") {
    for (const auto& [line, name] : std::vector<std::pair<std::string, std::string>>{
             {"Copyright Example Gazette 2018", "Example Gazette"},
             {"\u00A9 All Rights Reserved Example Institute 2019", "Example Institute"},
             {"\u00A9 Example Media Group Limited 2019", "Example Media Group Limited"},
             {"\u00A9 2019 All rights reserved", ""}}) {
        auto run = document_of(line + "\n");
        run.doc.roles[0] = Role::boilerplate;
        apply_publisher(run.doc, run.article);
        CHECK(run.article.publisher == name);
    }
}

TEST_CASE("publisher: a dash is no name", "[text][publisher]") {
    auto run = document_of("\u00A9 \u2014 2019\n");
    run.doc.roles[0] = Role::boilerplate;
    apply_publisher(run.doc, run.article);
    CHECK(run.article.publisher.empty());
}
