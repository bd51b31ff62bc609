// Golden cases: every folder tests/golden/<case>/ with input.txt and
// expected.json is normalized with normalize_to_xml and every fact of the
// JSON is checked through XPath on the XML, which must also be schema-valid.
// Facts (all optional but "body_paragraphs"): headline, published, updated,
// publisher, language, authors[], tags[], figures[{caption,credit}],
// body_paragraphs[] (exactly the <p> of <body>, in order, and nothing but
// <p> in it unless "body_other_blocks" is given), removed_boilerplate[]
// (absent from the whole XML), related[{kicker,title,summary,
// reading_minutes}]. Strings are compared after collapsing white space.
#include <catch2/catch.hpp>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <filesystem>
#include <sstream>

#include "core/normalize.hpp"
#include "support/xml_checks.hpp"
#include "unicode/whitespace.hpp"

namespace {

using boost::property_tree::ptree;
using artnorm::collapse_whitespace;

std::vector<std::string> string_list(const ptree& tree, const std::string& key) {
    std::vector<std::string> out;
    if (const auto child = tree.get_child_optional(key)) {
        for (const auto& [name, value] : *child) out.push_back(collapse_whitespace(value.data()));
    }
    return out;
}

std::vector<std::string> collapsed(std::vector<std::string> values) {
    for (std::string& v : values) v = collapse_whitespace(v);
    return values;
}

void check_case(const std::filesystem::path& dir) {
    const std::string name = dir.filename().string();
    INFO("golden case " << name);
    const std::string input = artnorm::test::read_file((dir / "input.txt").string());
    ptree expected;
    std::istringstream json(artnorm::test::read_file((dir / "expected.json").string()));
    boost::property_tree::read_json(json, expected);

    artnorm::Options options;
    options.format = artnorm::InputFormat::text;
    const auto xml = artnorm::normalize_to_xml(input, options);
    REQUIRE(xml.ok());
    const std::string& text = xml.value();
    CHECK(artnorm::test::schema_errors(text).empty());
    const artnorm::test::XmlDocument doc(text);

    for (const char* field : {"headline", "published", "updated", "publisher"}) {
        if (const auto value = expected.get_optional<std::string>(field)) {
            INFO("field " << field);
            CHECK(collapse_whitespace(doc.string(std::string("/a:article/a:") + field)) == collapse_whitespace(*value));
        }
    }
    if (const auto language = expected.get_optional<std::string>("language")) {
        CHECK(doc.string("/a:article/@xml:lang") == *language);
    }
    if (expected.get_child_optional("authors")) {
        CHECK(collapsed(doc.strings("/a:article/a:author")) == string_list(expected, "authors"));
    }
    if (expected.get_child_optional("tags")) {
        CHECK(collapsed(doc.strings("/a:article/a:tag")) == string_list(expected, "tags"));
    }
    if (const auto figures = expected.get_child_optional("figures")) {
        CHECK(doc.count("/a:article/a:figure") == figures->size());
        std::size_t k = 1;
        for (const auto& [unused, figure] : *figures) {
            const std::string at = "/a:article/a:figure[" + std::to_string(k++) + "]/";
            CHECK(collapse_whitespace(doc.string(at + "a:caption")) == collapse_whitespace(figure.get<std::string>("caption")));
            CHECK(collapse_whitespace(doc.string(at + "a:credit")) == collapse_whitespace(figure.get<std::string>("credit")));
        }
    }
    CHECK(collapsed(doc.strings("/a:article/a:body/a:p")) == string_list(expected, "body_paragraphs"));
    if (!expected.get_optional<bool>("body_other_blocks").value_or(false)) {
        CHECK(doc.count("/a:article/a:body/*[not(self::a:p)]") == 0);
    }
    const std::string whole = collapse_whitespace(doc.string("/a:article"));
    for (const std::string& noise : string_list(expected, "removed_boilerplate")) {
        INFO("boilerplate " << noise);
        CHECK(whole.find(noise) == std::string::npos);
    }
    if (const auto related = expected.get_child_optional("related")) {
        CHECK(doc.count("/a:article/a:related/a:link") == related->size());
        std::size_t k = 1;
        for (const auto& [unused, link] : *related) {
            const std::string at = "/a:article/a:related/a:link[" + std::to_string(k++) + "]/";
            INFO("related " << at);
            for (const char* field : {"kicker", "title", "summary"}) {
                CHECK(collapse_whitespace(doc.string(at + "a:" + field)) ==
                      collapse_whitespace(link.get<std::string>(field, "")));
            }
            const auto minutes = link.get_optional<int>("reading_minutes");
            CHECK(doc.string(at + "a:reading-time/@minutes") == (minutes ? std::to_string(*minutes) : ""));
        }
    }
}

}  // namespace

TEST_CASE("golden cases: every fact of expected.json holds in the XML", "[golden]") {
    const std::filesystem::path root = artnorm::test::test_path("golden");
    std::vector<std::filesystem::path> cases;
    for (const auto& entry : std::filesystem::directory_iterator(root)) {
        if (entry.is_directory() && std::filesystem::exists(entry.path() / "expected.json") &&
            std::filesystem::exists(entry.path() / "input.txt")) {
            cases.push_back(entry.path());
        }
    }
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 5);
    for (const auto& dir : cases) {
        SECTION(dir.filename().string()) { check_case(dir); }
    }
}
