#include <catch2/catch.hpp>

#include <string>

#include "core/normalize.hpp"
#include "html/code_text.hpp"
#include "html_test_support.hpp"

using namespace artnorm;

TEST_CASE("code-line-breaks: lines kept, trailing blanks trimmed, tabs kept", "[html]") {
    CHECK(html::tidy_code_text("\n\n  int main() {   \r\n\treturn 0;\t \r}\n\n") ==
          "  int main() {\n\treturn 0;\n}");
    CHECK(html::tidy_code_text("a\n\n\nb") == "a\n\n\nb");  // inner blank lines stay
    CHECK(html::tidy_code_text(" \n\t\n") == "");
    CHECK(html::tidy_code_text("x  y") == "x  y");  // runs of spaces inside a line stay
    CHECK(html::tidy_code_text("Cafe\xCC\x81") == "Caf\xC3\xA9");  // NFC
}

namespace {

const std::string kCodePage =
    "<html><body><article><h1>How to print</h1>"
    "<p>The article goes on with a sentence long enough to count as body text, and some commas.</p>"
    "<pre><code>def main():\n"
    "\tprint(&quot;hi&quot;)   \n"
    "\n"
    "main()<br>done\n</code></pre>"
    "<p>The article goes on with a sentence long enough to count as body text, and more commas.</p>"
    "<table><tr><td><pre>a\n  b</pre></td></tr></table>"
    "</article></body></html>";

Options html_options() {
    Options options;
    options.format = InputFormat::html;
    return options;
}

}  // namespace

TEST_CASE("code-line-breaks: <pre> becomes a code block with its lines", "[html]") {
    auto result = extract_article(kCodePage, html_options());
    REQUIRE(result.ok());
    const std::string expected = "def main():\n\tprint(\"hi\")\n\nmain()\ndone";
    std::vector<std::string> code;
    for (const BodyBlock& b : result.value().body) {
        if (b.kind == BlockKind::code) code.push_back(b.text);
        if (b.kind == BlockKind::paragraph) CHECK(b.text.find('\n') == std::string::npos);
    }
    // A <pre> in a table cell makes the row layout: it is a code block too.
    CHECK(code == std::vector<std::string>{expected, "a\n  b"});
}

TEST_CASE("code-line-breaks: other text in a page with <pre> is still collapsed", "[html]") {
    const html::HtmlPage page = html_test::walk("<pre>x</pre><p>a \n  b</p>");
    REQUIRE(page.segments.size() == 2);
    CHECK(page.segments[1].text == "a b");
}

TEST_CASE("code-line-breaks: the XML keeps the lines and stays schema-valid", "[html]") {
    for (const bool pretty : {false, true}) {
        Options options = html_options();
        options.pretty = pretty;
        auto xml = normalize_to_xml(kCodePage, options);
        REQUIRE(xml.ok());
        const std::string& out = xml.value();
        const bool kept = out.find("<code>def main():\n\tprint(&quot;hi&quot;)\n\nmain()\ndone</code>") !=
                              std::string::npos ||
                          out.find("<code>def main():\n\tprint(\"hi\")\n\nmain()\ndone</code>") !=
                              std::string::npos;
        INFO(out);
        CHECK(kept);
        CHECK(test::schema_errors(xml.value()).empty());
    }
}
