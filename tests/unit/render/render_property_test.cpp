// Property: any Article — random texts with markup characters, controls,
// noncharacters, astral characters; random list and table shapes — renders
// to well-formed, schema-valid XML whose texts read back equal to the input
// minus the characters XML 1.0 forbids, which are counted in
// source/@removed-controls.
//
// The expected values are computed here, independently of the writer's own
// filter, from the code points the generator chose.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <random>

#include "render/xml_writer.hpp"
#include "unicode/utf8_encode.hpp"
#include "support/xml_checks.hpp"

using artnorm::append_utf8;
using artnorm::Article;
using artnorm::BlockKind;
using artnorm::BodyBlock;
using artnorm::Figure;
using artnorm::RelatedLink;
using artnorm::test::schema_errors;
using artnorm::test::XmlDocument;
using Strings = std::vector<std::string>;

namespace {

constexpr std::uint32_t kSeed = 20231102;
constexpr int kArticles = 300;
constexpr int kMaxTextLength = 40;
constexpr int kLongTextLength = 5000;

// XML 1.0 Char, spelled out again on purpose (not the writer's function).
bool allowed_in_xml(char32_t c) {
    if (c < 0x20) return c == 0x9 || c == 0xA || c == 0xD;
    if (c >= 0xD800 && c <= 0xDFFF) return false;
    return c != 0xFFFE && c != 0xFFFF && c <= 0x10FFFF;
}

// A raw Article and the one the XML must read back as.
struct Case {
    Article raw;
    Article expected;
};

class ArticleGenerator {
public:
    explicit ArticleGenerator(std::uint32_t seed) : random_(seed) {}

    Case next();
    std::size_t forbidden_generated() const { return forbidden_; }

private:
    int uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
    bool chance(int percent) { return uniform(1, 100) <= percent; }
    char32_t code_point();
    // Fills raw and expected with one random text.
    void text(std::string& raw, std::string& expected);
    std::string date();
    BodyBlock block_shape();

    std::mt19937 random_;
    std::size_t forbidden_ = 0;
};

char32_t ArticleGenerator::code_point() {
    static constexpr std::string_view kMarkup = "<>&\"']![]";
    switch (uniform(0, 11)) {
        case 0: return static_cast<char32_t>(kMarkup[static_cast<std::size_t>(uniform(0, static_cast<int>(kMarkup.size()) - 1))]);
        case 1: return U"\t\n\r "[uniform(0, 3)];
        case 2: return static_cast<char32_t>(uniform(0, 0x1F));         // C0 controls, mostly forbidden
        case 3: return static_cast<char32_t>(uniform(0x7F, 0x9F));      // DEL, C1: allowed
        case 4: return static_cast<char32_t>(uniform(0x400, 0x4FF));    // Cyrillic
        case 5: return static_cast<char32_t>(uniform(0x4E00, 0x9FFF));  // CJK
        case 6: return static_cast<char32_t>(uniform(0xE000, 0xFFFF));  // private use .. FFFE, FFFF
        case 7: return static_cast<char32_t>(uniform(0x10000, 0x10FFFF));  // astral
        case 8: return static_cast<char32_t>(uniform(0x1F300, 0x1F64F));   // emoji
        case 9: return U"\uFFFE\uFFFF\uFFFD"[uniform(0, 2)];
        default: return static_cast<char32_t>(uniform(0x20, 0x7E));
    }
}

void ArticleGenerator::text(std::string& raw, std::string& expected) {
    raw.clear();
    expected.clear();
    if (chance(20)) return;
    const int length = chance(2) ? kLongTextLength : uniform(1, kMaxTextLength);
    for (int i = 0; i < length; ++i) {
        const char32_t c = code_point();
        append_utf8(raw, c);
        if (allowed_in_xml(c)) {
            append_utf8(expected, c);
        } else {
            ++forbidden_;
        }
    }
}

std::string ArticleGenerator::date() {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", uniform(1990, 2030), uniform(1, 12), uniform(1, 31));
    std::string date = buffer;
    if (chance(50)) {
        std::snprintf(buffer, sizeof buffer, "T%02d:%02d", uniform(0, 23), uniform(0, 59));
        date += buffer;
        if (chance(50)) {
            std::snprintf(buffer, sizeof buffer, ":%02d", uniform(0, 59));
            date += buffer;
        }
        if (chance(30)) date += "Z";
        else if (chance(40)) {
            std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", chance(50) ? '+' : '-', uniform(0, 14), uniform(0, 59));
            date += buffer;
        }
    }
    return date;
}

Case ArticleGenerator::next() {
    Case c;
    text(c.raw.headline, c.expected.headline);
    if (chance(60)) c.raw.published = c.expected.published = date();
    else if (chance(30)) c.raw.published = "on " + date();  // malformed: omitted
    if (chance(40)) c.raw.updated = c.expected.updated = date();
    static const Strings kLanguages = {"", "en", "ru-RU", "zh-Hant-TW", "de_DE", "not a tag", "x-"};
    c.raw.language = kLanguages[static_cast<std::size_t>(uniform(0, static_cast<int>(kLanguages.size()) - 1))];
    c.expected.language = c.raw.language;  // compared through the language-or-und rule below
    for (int i = uniform(0, 3); i > 0; --i) {
        text(c.raw.authors.emplace_back(), c.expected.authors.emplace_back());
    }
    text(c.raw.publisher, c.expected.publisher);
    text(c.raw.description, c.expected.description);
    for (int i = uniform(0, 4); i > 0; --i) {
        text(c.raw.tags.emplace_back(), c.expected.tags.emplace_back());
    }
    for (int i = uniform(0, 2); i > 0; --i) {
        Figure& raw = c.raw.figures.emplace_back();
        Figure& expected = c.expected.figures.emplace_back();
        text(raw.caption, expected.caption);
        text(raw.credit, expected.credit);
        text(raw.src, expected.src);
    }
    for (int i = uniform(0, 8); i > 0; --i) {
        BodyBlock& raw = c.raw.body.emplace_back(block_shape());
        BodyBlock& expected = c.expected.body.emplace_back(raw);
        if (raw.kind != BlockKind::list && raw.kind != BlockKind::table) text(raw.text, expected.text);
        for (std::size_t item = 0; item < raw.items.size(); ++item) text(raw.items[item], expected.items[item]);
        for (std::size_t row = 0; row < raw.rows.size(); ++row) {
            for (std::size_t cell = 0; cell < raw.rows[row].size(); ++cell) {
                text(raw.rows[row][cell], expected.rows[row][cell]);
            }
        }
    }
    for (int i = uniform(0, 3); i > 0; --i) {
        RelatedLink& raw = c.raw.related.emplace_back();
        RelatedLink& expected = c.expected.related.emplace_back();
        text(raw.kicker, expected.kicker);
        text(raw.title, expected.title);
        text(raw.summary, expected.summary);
        text(raw.href, expected.href);
        if (chance(50)) raw.reading_minutes = expected.reading_minutes = uniform(-2, 120);
    }
    c.raw.provenance.format = chance(50) ? "text" : "html";
    c.raw.provenance.input_bytes = static_cast<std::size_t>(uniform(0, 1 << 30));
    c.raw.provenance.invalid_utf8_sequences = static_cast<std::size_t>(uniform(0, 100));
    c.raw.provenance.removed_controls = static_cast<std::size_t>(uniform(0, 100));
    c.expected.provenance = c.raw.provenance;
    return c;
}

BodyBlock ArticleGenerator::block_shape() {
    BodyBlock block;
    block.kind = static_cast<BlockKind>(uniform(0, 5));
    if (block.kind == BlockKind::heading) block.level = uniform(0, 8);
    if (block.kind == BlockKind::list) {
        block.ordered = chance(50);
        block.items.resize(static_cast<std::size_t>(uniform(0, 5)));
    }
    if (block.kind == BlockKind::table) {
        block.rows.resize(static_cast<std::size_t>(uniform(0, 4)));
        for (auto& row : block.rows) row.resize(static_cast<std::size_t>(uniform(0, 4)));
    }
    return block;
}

Strings non_empty(const Strings& values) {
    Strings kept;
    for (const auto& value : values) {
        if (!value.empty()) kept.push_back(value);
    }
    return kept;
}

// Element `name` under `parent`: absent when value is empty, else equal.
void check_optional(const XmlDocument& doc, const std::string& path, const std::string& value) {
    INFO(path);
    if (value.empty()) {
        CHECK(doc.count(path) == 0);
    } else {
        CHECK(doc.strings(path) == Strings{value});
    }
}

const char* block_element(BlockKind kind) {
    switch (kind) {
        case BlockKind::paragraph: return "p";
        case BlockKind::heading: return "h";
        case BlockKind::list: return "list";
        case BlockKind::quote: return "quote";
        case BlockKind::code: return "code";
        case BlockKind::table: return "table";
    }
    return "?";
}

void check_body(const XmlDocument& doc, const std::vector<BodyBlock>& body) {
    REQUIRE(doc.count("/a:article/a:body/*") == body.size());
    for (std::size_t i = 0; i < body.size(); ++i) {
        const BodyBlock& block = body[i];
        const std::string path = "/a:article/a:body/*[" + std::to_string(i + 1) + "]";
        INFO(path);
        CHECK(doc.string("local-name(" + path + ")") == block_element(block.kind));
        switch (block.kind) {
            case BlockKind::list:
                CHECK(doc.string(path + "/@type") == (block.ordered ? "ordered" : "unordered"));
                CHECK(doc.strings(path + "/a:item") == block.items);
                break;
            case BlockKind::table:
                REQUIRE(doc.count(path + "/a:row") == block.rows.size());
                for (std::size_t row = 0; row < block.rows.size(); ++row) {
                    CHECK(doc.strings(path + "/a:row[" + std::to_string(row + 1) + "]/a:cell") == block.rows[row]);
                }
                break;
            case BlockKind::heading:
                CHECK(doc.string(path + "/@level") == std::to_string(std::clamp(block.level, 1, 6)));
                [[fallthrough]];
            default:
                CHECK(doc.string(path) == block.text);
        }
    }
}

void check_related(const XmlDocument& doc, const std::vector<RelatedLink>& related) {
    std::vector<RelatedLink> kept;
    for (const auto& link : related) {
        const bool minutes = link.reading_minutes && *link.reading_minutes > 0;
        // Decided on the raw strings; here a link whose raw strings were all
        // empty also has empty expected strings.
        if (minutes || !link.kicker.empty() || !link.title.empty() || !link.summary.empty() ||
            !link.href.empty()) {
            kept.push_back(link);
        }
    }
    CHECK(doc.count("/a:article/a:related") == (kept.empty() ? 0U : 1U));
    REQUIRE(doc.count("/a:article/a:related/a:link") == kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i) {
        const RelatedLink& link = kept[i];
        const std::string path = "/a:article/a:related/a:link[" + std::to_string(i + 1) + "]";
        check_optional(doc, path + "/@href", link.href);
        check_optional(doc, path + "/a:kicker", link.kicker);
        check_optional(doc, path + "/a:title", link.title);
        check_optional(doc, path + "/a:summary", link.summary);
        const bool minutes = link.reading_minutes && *link.reading_minutes > 0;
        check_optional(doc, path + "/a:reading-time/@minutes",
                       minutes ? std::to_string(*link.reading_minutes) : "");
    }
}

}  // namespace

TEST_CASE("property: random articles render to valid XML that reads back", "[render][property]") {
    ArticleGenerator generator(kSeed);
    for (int n = 0; n < kArticles; ++n) {
        const std::size_t forbidden_before = generator.forbidden_generated();
        const Case c = generator.next();
        const std::size_t forbidden = generator.forbidden_generated() - forbidden_before;
        const bool pretty = n % 2 == 1;
        INFO("article #" << n << " (seed " << kSeed << "), pretty=" << pretty);

        const auto rendered = artnorm::render_xml(c.raw, artnorm::RenderOptions{pretty});
        REQUIRE(rendered.ok());
        const std::string& xml = rendered.value();
        REQUIRE(schema_errors(xml) == "");
        const XmlDocument doc(xml);
        const Article& e = c.expected;

        check_optional(doc, "/a:article/a:headline", e.headline);
        check_optional(doc, "/a:article/a:published", e.published);
        check_optional(doc, "/a:article/a:updated", e.updated);
        const bool known_language = e.language == "en" || e.language == "ru-RU" || e.language == "zh-Hant-TW";
        CHECK(doc.string("/a:article/@xml:lang") == (known_language ? e.language : "und"));
        CHECK(doc.strings("/a:article/a:author") == non_empty(e.authors));
        check_optional(doc, "/a:article/a:publisher", e.publisher);
        check_optional(doc, "/a:article/a:description", e.description);
        CHECK(doc.strings("/a:article/a:tag") == non_empty(e.tags));

        std::size_t figure_number = 0;
        for (std::size_t i = 0; i < e.figures.size(); ++i) {
            const Figure& raw = c.raw.figures[i];
            if (raw.caption.empty() && raw.credit.empty() && raw.src.empty()) continue;
            const Figure& figure = e.figures[i];
            const std::string path = "/a:article/a:figure[" + std::to_string(++figure_number) + "]";
            check_optional(doc, path + "/@src", figure.src);
            check_optional(doc, path + "/a:caption", figure.caption);
            check_optional(doc, path + "/a:credit", figure.credit);
        }
        CHECK(doc.count("/a:article/a:figure") == figure_number);

        check_body(doc, e.body);
        check_related(doc, e.related);

        CHECK(doc.string("/a:article/a:source/@format") == e.provenance.format);
        CHECK(doc.string("/a:article/a:source/@bytes") == std::to_string(e.provenance.input_bytes));
        CHECK(doc.string("/a:article/a:source/@invalid-utf8") ==
              std::to_string(e.provenance.invalid_utf8_sequences));
        CHECK(doc.string("/a:article/a:source/@removed-controls") ==
              std::to_string(e.provenance.removed_controls + forbidden));
    }
}
