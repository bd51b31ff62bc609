// Article -> XML in the artnorm vocabulary, with libxml2's xmlTextWriter.
//
// Output goes through an xmlOutputBuffer whose write callback appends to the
// std::string we return, so the document exists once in memory (an
// xmlBuffer would have to be copied out). Texts are handed to libxml2
// straight from the Article unless the xml-char-filter rule has to change
// them (see xml/xml_chars.hpp). Element text is escaped by
// render/text_escape.hpp exactly as libxml2 would and written raw;
// attribute values are escaped by libxml2.
//
// Failure handling is "sticky": the first libxml2 call returning a negative
// code is remembered, every later call is skipped, and render_xml reports it.
// libxml2 2.9.14's writer also swallows some allocation failures (a failed
// xmlEncodeSpecialChars leaves text out, a failed push of the namespace
// leaves the xmlns declaration out, and the calls say OK), so render_xml
// also asks libxml2's per-thread last error and checks the declaration.
#include "render/xml_writer.hpp"

#include <charconv>
#include <cstddef>
#include <new>
#include <string_view>

#include <libxml/xmlerror.h>

#include "artnorm.h"
#include "render/text_escape.hpp"
#include "render/xml_values.hpp"
#include "xml/libxml_init.hpp"
#include "xml/libxml_ptr.hpp"
#include "xml/libxml_text.hpp"
#include "xml/xml_chars.hpp"

namespace artnorm {
namespace {

constexpr const char* kVocabularyVersion = "1.0";
constexpr const char* kIndentUnit = "  ";
constexpr const char* kXmlVersion = "1.0";
constexpr const char* kEncoding = "UTF-8";

// Collects the serialized document. Called from C: must not throw.
struct StringSink {
    std::string text;
    bool out_of_memory = false;

    static int write(void* context, const char* buffer, int length) noexcept {
        auto* sink = static_cast<StringSink*>(context);
        try {
            sink->text.append(buffer, static_cast<std::size_t>(length));
            return length;
        } catch (...) {
            sink->out_of_memory = true;
            return -1;
        }
    }
    static int close(void*) noexcept { return 0; }
};

// Text ready for libxml2: NUL-terminated, well-formed UTF-8 of XML
// characters. Borrows the source string when it is already clean (the
// common case), so that big paragraphs are not copied.
class CleanText {
public:
    CleanText(const std::string& source, xml::SanitizeCounts& counts) {
        if (xml::is_clean_xml_text(source)) {
            borrowed_ = &source;
        } else {
            owned_ = xml::sanitize_xml_text(source, counts);
        }
    }
    CleanText(const CleanText&) = delete;
    CleanText& operator=(const CleanText&) = delete;

    const std::string& str() const noexcept { return borrowed_ != nullptr ? *borrowed_ : owned_; }
    const xmlChar* get() const noexcept { return xml::to_xml(str()); }
    bool empty() const noexcept { return str().empty(); }

private:
    const std::string* borrowed_ = nullptr;
    std::string owned_;
};

template <class Number>
std::string decimal(Number value) {
    char digits[32];
    const auto result = std::to_chars(std::begin(digits), std::end(digits), value);
    return std::string(digits, result.ptr);
}

bool has_content(const Figure& figure) {
    return !figure.caption.empty() || !figure.credit.empty() || !figure.src.empty();
}

bool has_content(const RelatedLink& link) {
    return !link.kicker.empty() || !link.title.empty() || !link.summary.empty() ||
           !link.href.empty() || (link.reading_minutes && *link.reading_minutes > 0);
}

// Rule "reserve-output": the output string is reserved once from the size of
// the article's texts, so that a document of tens of MB is not copied at
// every doubling of its buffer. Markup per text (tags, indentation) and
// escaping are estimated generously; an underestimate costs one regrowth.
constexpr std::size_t kMarkupBytesPerText = 48;
constexpr std::size_t kEscapingShare = 16;  // allow 1/16 growth from &lt; &amp; ...
constexpr std::size_t kFixedMarkupBytes = 512;

std::size_t estimated_xml_size(const Article& article) {
    std::size_t texts = 0;
    std::size_t bytes = 0;
    const auto add = [&](const std::string& text) {
        ++texts;
        bytes += text.size();
    };
    add(article.headline);
    add(article.description);
    add(article.publisher);
    for (const auto& author : article.authors) add(author);
    for (const auto& tag : article.tags) add(tag);
    for (const auto& figure : article.figures) {
        add(figure.caption);
        add(figure.credit);
        add(figure.src);
    }
    for (const auto& block : article.body) {
        add(block.text);
        for (const auto& item : block.items) add(item);
        for (const auto& row : block.rows) {
            for (const auto& cell : row) add(cell);
        }
    }
    for (const auto& link : article.related) {
        add(link.kicker);
        add(link.title);
        add(link.summary);
        add(link.href);
    }
    return kFixedMarkupBytes + bytes + bytes / kEscapingShare + texts * kMarkupBytesPerText;
}

class ArticleXmlWriter {
public:
    explicit ArticleXmlWriter(xmlTextWriter* writer) : writer_(writer) {}

    void write(const Article& article);

    // Name of the first libxml2 call that failed, nullptr if none did.
    const char* failed_call() const noexcept { return failed_call_; }
    bool invalid_format() const noexcept { return invalid_format_; }

private:
    void check(int result, const char* call) noexcept {
        if (result < 0 && failed_call_ == nullptr) {
            failed_call_ = call;
        }
    }
    bool ok() const noexcept { return failed_call_ == nullptr; }

    void start(const char* name) {
        if (ok()) check(xmlTextWriterStartElement(writer_, xml::to_xml(name)), "xmlTextWriterStartElement");
    }
    void end() {
        if (ok()) check(xmlTextWriterEndElement(writer_), "xmlTextWriterEndElement");
    }
    void attribute(const char* name, const xmlChar* value) {
        if (ok()) check(xmlTextWriterWriteAttribute(writer_, xml::to_xml(name), value), "xmlTextWriterWriteAttribute");
    }
    void attribute(const char* name, const std::string& value) { attribute(name, xml::to_xml(value)); }
    // What xmlTextWriterWriteString writes in element content, without its
    // copy of the text when nothing needs escaping (see text_escape.hpp).
    void text(const CleanText& content) {
        if (!ok() || content.empty()) return;
        const std::string& raw = content.str();
        const std::string escaped = needs_text_escape(raw) ? escape_text(raw) : std::string();
        const std::string& out = escaped.empty() ? raw : escaped;
        check(xmlTextWriterWriteRawLen(writer_, xml::to_xml(out), static_cast<int>(out.size())),
              "xmlTextWriterWriteRawLen");
    }
    // <name>text</name>, also when text is empty (list items, table cells).
    void text_element(const char* name, const std::string& raw) {
        const CleanText content(raw, counts_);
        start(name);
        text(content);
        end();
    }
    // <name>text</name>, omitted when text is empty (after cleaning).
    void optional_text_element(const char* name, const std::string& raw) {
        const CleanText content(raw, counts_);
        if (content.empty()) return;
        start(name);
        text(content);
        end();
    }
    void optional_date_element(const char* name, const std::string& date) {
        if (is_iso8601_date(date)) text_element(name, date);
    }
    void optional_attribute(const char* name, const std::string& raw) {
        const CleanText value(raw, counts_);
        if (!value.empty()) attribute(name, value.get());
    }

    void write_root_attributes(const Article& article);
    void write_figure(const Figure& figure);
    void write_block(const BodyBlock& block);
    void write_link(const RelatedLink& link);
    void write_source(const Provenance& provenance);

    xmlTextWriter* writer_;
    xml::SanitizeCounts counts_;  // what the xml-char-filter rule changed
    const char* failed_call_ = nullptr;
    bool invalid_format_ = false;
};

void ArticleXmlWriter::write(const Article& article) {
    check(xmlTextWriterStartDocument(writer_, kXmlVersion, kEncoding, nullptr), "xmlTextWriterStartDocument");
    if (ok()) {
        // The only namespaced call: children inherit the default namespace.
        check(xmlTextWriterStartElementNS(writer_, nullptr, xml::to_xml("article"),
                                          xml::to_xml(ARTNORM_XML_NAMESPACE)),
              "xmlTextWriterStartElementNS");
    }
    write_root_attributes(article);
    optional_text_element("headline", article.headline);
    optional_date_element("published", article.published);
    optional_date_element("updated", article.updated);
    for (const auto& author : article.authors) optional_text_element("author", author);
    optional_text_element("publisher", article.publisher);
    optional_text_element("description", article.description);
    for (const auto& tag : article.tags) optional_text_element("tag", tag);
    for (const auto& figure : article.figures) write_figure(figure);

    start("body");
    for (const auto& block : article.body) write_block(block);
    end();

    bool related_open = false;
    for (const auto& link : article.related) {
        if (!has_content(link)) continue;
        if (!related_open) {
            start("related");
            related_open = true;
        }
        write_link(link);
    }
    if (related_open) end();

    write_source(article.provenance);
    end();  // article
    if (ok()) check(xmlTextWriterEndDocument(writer_), "xmlTextWriterEndDocument");
    if (ok()) check(xmlTextWriterFlush(writer_), "xmlTextWriterFlush");
}

void ArticleXmlWriter::write_root_attributes(const Article& article) {
    if (ok()) {
        const std::string& language = article.language;
        const bool known = is_language_tag(language);
        const xmlChar* value = xml::to_xml(known ? language.c_str() : kUndeterminedLanguage.data());
        check(xmlTextWriterWriteAttribute(writer_, xml::to_xml("xml:lang"), value), "xmlTextWriterWriteAttribute");
    }
    attribute("version", xml::to_xml(kVocabularyVersion));
}

void ArticleXmlWriter::write_figure(const Figure& figure) {
    if (!has_content(figure)) return;
    start("figure");
    optional_attribute("src", figure.src);
    optional_text_element("caption", figure.caption);
    optional_text_element("credit", figure.credit);
    end();
}

void ArticleXmlWriter::write_block(const BodyBlock& block) {
    switch (block.kind) {
        case BlockKind::paragraph:
            text_element("p", block.text);
            return;
        case BlockKind::heading: {
            const CleanText content(block.text, counts_);
            start("h");
            attribute("level", decimal(clamp_heading_level(block.level)));
            text(content);
            end();
            return;
        }
        case BlockKind::list:
            start("list");
            attribute("type", xml::to_xml(block.ordered ? "ordered" : "unordered"));
            for (const auto& item : block.items) text_element("item", item);
            end();
            return;
        case BlockKind::quote:
            text_element("quote", block.text);
            return;
        case BlockKind::code:
            text_element("code", block.text);
            return;
        case BlockKind::table:
            start("table");
            for (const auto& row : block.rows) {
                start("row");
                for (const auto& cell : row) text_element("cell", cell);
                end();
            }
            end();
            return;
    }
}

void ArticleXmlWriter::write_link(const RelatedLink& link) {
    start("link");
    optional_attribute("href", link.href);
    optional_text_element("kicker", link.kicker);
    optional_text_element("title", link.title);
    optional_text_element("summary", link.summary);
    if (link.reading_minutes && *link.reading_minutes > 0) {
        start("reading-time");
        attribute("minutes", decimal(*link.reading_minutes));
        end();
    }
    end();
}

// Written last, so that it can also report what this writer had to remove
// or replace (inputs should be clean already; if not, the counts say so).
void ArticleXmlWriter::write_source(const Provenance& provenance) {
    if (provenance.format != "text" && provenance.format != "html") {
        invalid_format_ = true;
        return;
    }
    start("source");
    attribute("format", provenance.format);
    attribute("bytes", decimal(provenance.input_bytes));
    attribute("invalid-utf8", decimal(provenance.invalid_utf8_sequences + counts_.invalid_utf8_sequences));
    attribute("removed-controls", decimal(provenance.removed_controls + counts_.removed_chars));
    end();
}

// Whether libxml2 reported running out of memory on this thread since the
// last xmlResetLastError().
bool libxml_ran_out_of_memory() {
    const xmlError* error = xmlGetLastError();
    return error != nullptr && error->code == XML_ERR_NO_MEMORY;
}

// Whether the root start tag declares our namespace (libxml2 drops the
// declaration silently when it cannot allocate its namespace stack entry).
bool declares_namespace(std::string_view document) {
    const std::size_t root = document.find("<article");
    if (root == std::string_view::npos) return false;
    const std::size_t root_end = document.find('>', root);
    const std::string_view start_tag = document.substr(root, root_end - root);
    return start_tag.find(std::string_view("xmlns=\"" ARTNORM_XML_NAMESPACE "\"")) !=
           std::string_view::npos;
}

Expected<std::string> render(const Article& article, const RenderOptions& options) {
    xml::ensure_libxml_initialized();
    xmlResetLastError();
    StringSink sink;
    sink.text.reserve(estimated_xml_size(article));
    xml::OutputBufferPtr output{
        xmlOutputBufferCreateIO(&StringSink::write, &StringSink::close, &sink, nullptr)};
    if (!output) {
        return Error{Status::out_of_memory, "cannot create the XML output buffer"};
    }
    xml::TextWriterPtr writer{xmlNewTextWriter(output.get())};
    if (!writer) {
        return Error{Status::out_of_memory, "cannot create the XML writer"};
    }
    output.release();  // the writer owns and closes it now

    ArticleXmlWriter article_writer(writer.get());
    if (options.pretty) {
        if (xmlTextWriterSetIndent(writer.get(), 1) < 0 ||
            xmlTextWriterSetIndentString(writer.get(), xml::to_xml(kIndentUnit)) < 0) {
            return Error{Status::out_of_memory, "cannot configure XML indentation"};
        }
    }
    article_writer.write(article);
    writer.reset();  // closes the output buffer: everything is in sink.text now

    if (sink.out_of_memory || libxml_ran_out_of_memory()) {
        return Error{Status::out_of_memory, "out of memory while writing XML"};
    }
    if (article_writer.invalid_format()) {
        return Error{Status::internal, "provenance format must be \"text\" or \"html\", got \"" +
                                           article.provenance.format + "\""};
    }
    if (const char* call = article_writer.failed_call()) {
        // Writing to memory, with every value validated before, a writer
        // call can only fail for memory: an earlier allocation failure may
        // have been swallowed (libxml2 2.9.14 ignores a failed push of its
        // element stack, so only the matching end call fails).
        return Error{Status::out_of_memory,
                     std::string("out of memory while writing XML (") + call + " failed)"};
    }
    if (!declares_namespace(sink.text)) {
        // Nothing but a lost allocation inside libxml2 drops the declaration.
        return Error{Status::out_of_memory, "out of memory while writing XML (namespace lost)"};
    }
    return std::move(sink.text);
}

}  // namespace

Expected<std::string> render_xml(const Article& article, const RenderOptions& options) {
    try {
        return render(article, options);
    } catch (const std::bad_alloc&) {
        return Error{Status::out_of_memory, "out of memory while writing XML"};
    }
}

}  // namespace artnorm
