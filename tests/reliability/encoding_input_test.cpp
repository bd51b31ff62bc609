// Bad bytes through the public C API: empty and blank input, invalid UTF-8
// (repaired and counted, or rejected in strict mode), NUL and other
// characters XML forbids, and charset declarations that do not match the
// bytes. Every case ends in schema-valid XML or a clear status and message.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "reliability_support.hpp"
#include "support/xml_checks.hpp"

using namespace std::string_literals;
using artnorm::test::XmlDocument;
using artnorm_reliability::normalize_with;
using artnorm_reliability::require_clean;

namespace {

// A body long enough to count as an article, with `marker` in the middle.
std::string article_around(const std::string& marker) {
    return "A headline about the harbour\n\n"
           "The harbour reopened on Monday after three weeks of repairs, officials said. " +
           marker +
           " Ships that had waited offshore began to unload their cargo in the morning.\n\n"
           "Workers replaced two cranes and dredged the main channel, the port authority "
           "said in a statement, adding that traffic should return to normal by Friday.\n";
}

long source_count(const std::string& xml, const char* attribute) {
    const XmlDocument document(xml);
    return std::stol(document.string(std::string("/a:article/a:source/@") + attribute));
}

}  // namespace

TEST_CASE("empty input is EMPTY_INPUT with a message", "[reliability]") {
    for (const char* spec : {"", "from=text", "from=html", "strict-utf8=1"}) {
        INFO("options: " << spec);
        const auto outcome = normalize_with(spec, "");
        require_clean(outcome);
        // Before the HTML front end, from=html answered UNSUPPORTED for everything.
        const bool html_unsupported =
            std::string(spec) == "from=html" && outcome.status == ARTNORM_ERROR_UNSUPPORTED;
        CHECK((outcome.status == ARTNORM_ERROR_EMPTY_INPUT || html_unsupported));
    }
}

TEST_CASE("white space only, ASCII or Unicode, is EMPTY_INPUT", "[reliability]") {
    const std::vector<std::string> blanks = {
        " "s, "\n\n\n"s, " \t\r\n\f\v "s, "\r\r\r"s,
        "\xEF\xBB\xBF  \n"s,                     // BOM + spaces
        "\xC2\xA0\xE3\x80\x80\xE2\x80\xA8\n"s,   // NBSP, ideographic space, LINE SEPARATOR
        std::string(1 << 20, ' '),               // 1 MiB of spaces
        std::string(100000, '\n'),
    };
    for (const auto& blank : blanks) {
        INFO(blank.size() << " blank bytes");
        const auto outcome = normalize_with("", blank);
        require_clean(outcome);
        CHECK(outcome.status == ARTNORM_ERROR_EMPTY_INPUT);
    }
}

TEST_CASE("invalid UTF-8 is repaired and counted, or rejected in strict mode",
          "[reliability]") {
    // Each entry: bytes, and how many maximal invalid subparts they hold
    // (Unicode ch. 3, "U+FFFD substitution of maximal subparts").
    const std::vector<std::pair<std::string, long>> cases = {
        {"\xFF"s, 1},
        {"\xC3"s, 1},                       // truncated 2-byte sequence
        {"\xC0\xAF"s, 2},                   // overlong '/'
        {"\xED\xA0\x80"s, 3},               // UTF-16 surrogate
        {"\xF4\x90\x80\x80"s, 4},           // above U+10FFFF
        {"\xE2\x82"s, 1},                   // truncated 3-byte sequence
        {"\x80\x80\x80"s, 3},               // stray continuation bytes
    };
    for (const auto& [bad, expected_count] : cases) {
        const std::string input = article_around("Some bytes " + bad + " went missing.");
        INFO("invalid sequence of " << bad.size() << " bytes");
        const auto repaired = normalize_with("", input);
        require_clean(repaired);
        REQUIRE(repaired.status == ARTNORM_OK);
        CHECK(source_count(repaired.xml, "invalid-utf8") == expected_count);
        CHECK(repaired.xml.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD

        const auto rejected = normalize_with("strict-utf8=1", input);
        require_clean(rejected);
        CHECK(rejected.status == ARTNORM_ERROR_INVALID_INPUT);
        CHECK_THAT(rejected.message, Catch::Matchers::Contains("offset"));
    }
}

TEST_CASE("NUL bytes are dropped and counted", "[reliability]") {
    const std::string input = article_around("A NUL\0 here\0\0 and there."s);
    const auto outcome = normalize_with("", input);
    require_clean(outcome);
    REQUIRE(outcome.status == ARTNORM_OK);
    CHECK(outcome.xml.find('\0') == std::string::npos);
    CHECK(source_count(outcome.xml, "removed-controls") == 3);
    CHECK(outcome.xml.find("here and there") != std::string::npos);
}

TEST_CASE("characters XML 1.0 forbids never reach the XML", "[reliability]") {
    std::string controls;
    for (char c = 1; c < 0x20; ++c) {
        if (c != '\t' && c != '\n' && c != '\r') controls += c;
    }
    const std::size_t c0_count = controls.size();  // 28: U+0001..U+001F less TAB, LF, CR
    controls += "\xEF\xBF\xBE\xEF\xBF\xBF"s;          // U+FFFE, U+FFFF
    const std::string input = article_around("Control soup [" + controls + "] ends here.");
    for (const char* spec : {"", "pretty=1"}) {
        const auto outcome = normalize_with(spec, input);
        require_clean(outcome);
        REQUIRE(outcome.status == ARTNORM_OK);
        CHECK(source_count(outcome.xml, "removed-controls") == static_cast<long>(c0_count) + 2);
        for (char c : controls.substr(0, c0_count)) CHECK(outcome.xml.find(c) == std::string::npos);
        CHECK(outcome.xml.find("\xEF\xBF\xBE") == std::string::npos);
    }
}

TEST_CASE("charset declarations that do not match the bytes", "[reliability]") {
    const std::string utf8_russian =
        "Заголовок новости\n\nГородские власти объявили в понедельник о ремонте моста, "
        "который продлится до конца месяца, сообщили в мэрии города.\n";
    const std::string cp1251_russian =
        "\xCF\xF0\xE8\xE2\xE5\xF2 \xEC\xE8\xF0, \xFD\xF2\xEE \xF2\xE5\xEA\xF1\xF2.\n"s;
    SECTION("UTF-8 bytes declared as windows-1251 or koi8-r") {
        for (const char* spec : {"charset=windows-1251", "charset=koi8-r", "charset=utf-16"}) {
            INFO(spec);
            require_clean(normalize_with(spec, utf8_russian));
        }
    }
    SECTION("windows-1251 bytes declared as (or assumed to be) UTF-8") {
        for (const char* spec : {"", "charset=utf-8", "charset=UTF-8, strict-utf8=0"}) {
            INFO(spec);
            const auto outcome = normalize_with(spec, article_around(cp1251_russian));
            require_clean(outcome);
            REQUIRE(outcome.status == ARTNORM_OK);
            CHECK(source_count(outcome.xml, "invalid-utf8") > 0);
        }
        const auto strict = normalize_with("charset=utf-8, strict-utf8=1", cp1251_russian);
        require_clean(strict);
        CHECK(strict.status == ARTNORM_ERROR_INVALID_INPUT);
    }
    SECTION("a charset nobody knows") {
        const auto normalizer = artnorm_abi_test::make_normalizer();
        const auto configured =
            artnorm_abi_test::configure(normalizer.get(), "charset=x-no-such-charset-42");
        CHECK((configured == ARTNORM_OK || configured == ARTNORM_ERROR_INVALID_OPTION));
        if (configured == ARTNORM_OK) {
            require_clean(artnorm_abi_test::normalize(normalizer.get(), utf8_russian));
        } else {
            CHECK(std::string(artnorm_normalizer_last_error(normalizer.get())) != "");
        }
    }
    SECTION("an HTML meta charset that lies about the bytes") {
        const std::string page = "<html><head><meta charset=\"koi8-r\"><title>T</title></head>"
                                 "<body><p>" + utf8_russian + "</p></body></html>";
        require_clean(normalize_with("", page));
        require_clean(normalize_with("from=html", page));
        require_clean(normalize_with("from=text", page));
    }
}
