#include <catch2/catch.hpp>

#include <libxml/entities.h>
#include <libxml/xmlmemory.h>

#include <string>

#include "render/text_escape.hpp"
#include "xml/xml_chars.hpp"

namespace {

std::string libxml_escape(const std::string& text) {
    xmlChar* escaped = xmlEncodeSpecialChars(nullptr, reinterpret_cast<const xmlChar*>(text.c_str()));
    std::string out(reinterpret_cast<const char*>(escaped));
    xmlFree(escaped);
    return out;
}

}  // namespace

TEST_CASE("escape_text writes what xmlEncodeSpecialChars writes", "[render]") {
    const std::string samples[] = {
        "",
        "plain text without specials",
        "a < b > c & d \"quoted\" 'single' \r\n end",
        "<<>>&&\"\"\r\r",
        "caf\u00E9 \u201Cx\u201D & \u4E2D\u6587 <tag attr=\"v\">",
        "exactly8&",
    };
    for (const std::string& s : samples) {
        CHECK(artnorm::escape_text(s) == libxml_escape(s));
        CHECK(artnorm::needs_text_escape(s) == (libxml_escape(s) != s));
    }
    CHECK(artnorm::escape_text("R&D <1>") == "R&amp;D &lt;1&gt;");
}

TEST_CASE("is_clean_xml_text: controls and invalid bytes at every offset of a word", "[render]") {
    for (std::size_t at = 0; at < 16; ++at) {
        std::string s(16, 'a');
        CHECK(artnorm::xml::is_clean_xml_text(s));
        s[at] = '\x01';
        CHECK_FALSE(artnorm::xml::is_clean_xml_text(s));
        s[at] = '\t';
        CHECK(artnorm::xml::is_clean_xml_text(s));
        s[at] = '\x7F';
        CHECK(artnorm::xml::is_clean_xml_text(s));  // DEL is an XML 1.0 character
        s[at] = '\xFF';
        CHECK_FALSE(artnorm::xml::is_clean_xml_text(s));
    }
}
