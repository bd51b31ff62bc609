// Hostile HTML. HTML input is ARTNORM_ERROR_UNSUPPORTED today; these tests
// accept that clean status, and bite as soon as an HTML front end lands:
// deep nesting must not overflow the stack, entities must not expand
// exponentially, external entities must never be fetched or read.
#include <catch2/catch.hpp>
#include <string>

#include "reliability_support.hpp"

using artnorm_reliability::kSanitizerSlowdown;
using artnorm_reliability::normalize_with;
using artnorm_reliability::require_clean;
using artnorm_reliability::seconds_of;

namespace {

constexpr int kDeepNesting = 100'000;
constexpr double kMaxSeconds = 20.0;
// An honest page expands to at most a few times its size in XML.
constexpr std::size_t kMaxOutputPerInputByte = 8;

void require_clean_and_bounded(const std::string& page) {
    for (const char* spec : {"", "from=html", "from=html, pretty=1"}) {
        INFO("options: " << spec);
        artnorm_abi_test::Outcome outcome;
        const double seconds = seconds_of([&] { outcome = normalize_with(spec, page); });
        require_clean(outcome);
        CHECK(seconds < kMaxSeconds * kSanitizerSlowdown);
        CHECK(outcome.xml.size() <= kMaxOutputPerInputByte * page.size() + 4096);
        CHECK(outcome.xml.find("root:x:0:0") == std::string::npos);  // /etc/passwd
    }
}

std::string repeat(const std::string& piece, int times) {
    std::string out;
    out.reserve(piece.size() * static_cast<std::size_t>(times));
    for (int i = 0; i < times; ++i) out += piece;
    return out;
}

}  // namespace

TEST_CASE("HTML nested 100,000 elements deep", "[reliability][html]") {
    for (const char* tag : {"div", "b", "table", "ul"}) {
        INFO("<" << tag << "> x " << kDeepNesting);
        const std::string open = std::string("<") + tag + ">";
        const std::string close = std::string("</") + tag + ">";
        require_clean_and_bounded("<html><body>" + repeat(open, kDeepNesting) +
                                  "<p>Deep text of the article body here.</p>" +
                                  repeat(close, kDeepNesting) + "</body></html>");
        // Unclosed: the parser has to close them all itself.
        require_clean_and_bounded("<html><body>" + repeat(open, kDeepNesting) + "text");
    }
}

TEST_CASE("entity bombs do not expand", "[reliability][html]") {
    std::string laughs = "<!DOCTYPE html [\n<!ENTITY lol0 \"lol\">\n";
    for (int level = 1; level <= 10; ++level) {
        laughs += "<!ENTITY lol" + std::to_string(level) + " \"" +
                  repeat("&lol" + std::to_string(level - 1) + ";", 10) + "\">\n";
    }
    laughs += "]>\n<html><body><p>&lol10;</p></body></html>";
    require_clean_and_bounded(laughs);
    // Quadratic blow-up: one big entity referenced many times.
    const std::string quadratic = "<!DOCTYPE html [<!ENTITY a \"" + std::string(50'000, 'a') +
                                  "\">]><html><body><p>" + repeat("&a;", 50'000) +
                                  "</p></body></html>";
    require_clean_and_bounded(quadratic);
    // Many plain character references are fine and stay linear.
    require_clean_and_bounded("<html><body><p>" + repeat("&amp;&lt;&#x41;&eacute; ", 100'000) +
                              "</p></body></html>");
}

TEST_CASE("external entities are never loaded", "[reliability][html]") {
    for (const char* uri : {"file:///etc/passwd", "/etc/passwd", "http://127.0.0.1:9/x.dtd"}) {
        INFO(uri);
        const std::string page = std::string("<!DOCTYPE html [<!ENTITY xxe SYSTEM \"") + uri +
                                 "\">]><html><body><p>Leak: &xxe;</p></body></html>";
        require_clean_and_bounded(page);
        const std::string dtd = std::string("<!DOCTYPE html SYSTEM \"") + uri +
                                "\"><html><body><p>External DTD</p></body></html>";
        require_clean_and_bounded(dtd);
        const std::string xinclude =
            std::string("<html xmlns:xi=\"http://www.w3.org/2001/XInclude\"><body>"
                        "<xi:include href=\"") + uri + "\" parse=\"text\"/></body></html>";
        require_clean_and_bounded(xinclude);
    }
}

TEST_CASE("HTML-looking text in text mode is plain text", "[reliability][html]") {
    const std::string page = "<html><body>" + repeat("<div>", 1000) + "&lol; &#0; &#xD800;";
    const auto outcome = normalize_with("from=text", page);
    require_clean(outcome);
}
