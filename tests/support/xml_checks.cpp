// Test helpers over libxml2, built on the RAII owners in plugin/xml/.
// Messages are captured (context-local last error, ErrorCollector), never
// printed to stderr. Nothing is shared between calls except the compiled
// schema, built once and only read afterwards.
#include "support/xml_checks.hpp"

#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>

#include <libxml/xpathInternals.h>

#include "artnorm.h"
#include "xml/error_collector.hpp"
#include "xml/libxml_init.hpp"
#include "xml/libxml_ptr.hpp"
#include "xml/libxml_text.hpp"

namespace artnorm::test {
namespace {

constexpr const char* kNamespacePrefix = "a";
// No network, and no entity or DTD tricks: the documents under test are ours.
constexpr int kParseOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

// libxml2 takes int sizes; refuse what does not fit rather than truncate.
int checked_size(std::string_view text) {
    if (text.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        throw std::runtime_error("document too large for libxml2");
    }
    return static_cast<int>(text.size());
}

// Parses text; throws std::runtime_error carrying libxml2's message.
xml::DocPtr parse_document(std::string_view text) {
    xml::ensure_libxml_initialized();
    xml::ParserCtxtPtr context{xmlNewParserCtxt()};
    if (!context) {
        throw std::runtime_error("xmlNewParserCtxt failed");
    }
    xml::DocPtr document{xmlCtxtReadMemory(context.get(), text.data(), checked_size(text),
                                           nullptr, nullptr, kParseOptions)};
    if (!document || context->wellFormed == 0) {
        const xmlError* error = xmlCtxtGetLastError(context.get());
        throw std::runtime_error("XML is not well-formed: " +
                                 (error != nullptr ? xml::describe_error(*error)
                                                   : std::string("unknown error")));
    }
    return document;
}

// The schema, compiled once. Throws when the schema itself is broken (the
// next call then tries again: a throwing initialiser leaves the static unset).
const xmlRelaxNG& artnorm_schema() {
    static const xml::RelaxNGPtr schema = [] {
        xml::ensure_libxml_initialized();
        xml::RelaxNGParserCtxtPtr parser{xmlRelaxNGNewParserCtxt(ARTNORM_SCHEMA_PATH)};
        if (!parser) {
            throw std::runtime_error("xmlRelaxNGNewParserCtxt failed");
        }
        xml::ErrorCollector errors;
        xmlRelaxNGSetParserStructuredErrors(parser.get(), xml::ErrorCollector::handler,
                                            errors.context());
        xml::RelaxNGPtr compiled{xmlRelaxNGParse(parser.get())};
        if (!compiled) {
            throw std::runtime_error(std::string("cannot compile ") + ARTNORM_SCHEMA_PATH + ":\n" +
                                     errors.joined());
        }
        return compiled;
    }();
    return *schema;
}

}  // namespace

struct XmlDocument::Impl {
    xml::DocPtr document;
    xml::XPathContextPtr xpath;
    // Evaluates expression; throws on a malformed expression.
    xml::XPathObjectPtr evaluate(std::string_view expression) const;
};

xml::XPathObjectPtr XmlDocument::Impl::evaluate(std::string_view expression) const {
    const std::string terminated(expression);
    xml::ErrorCollector errors;
    xpath->error = xml::ErrorCollector::handler;
    xpath->userData = errors.context();
    xml::XPathObjectPtr result{xmlXPathEvalExpression(xml::to_xml(terminated), xpath.get())};
    xpath->error = nullptr;
    xpath->userData = nullptr;
    if (!result) {
        throw std::runtime_error("XPath " + terminated + " failed: " + errors.joined());
    }
    return result;
}

XmlDocument::XmlDocument(std::string_view xml) : impl_(std::make_unique<Impl>()) {
    impl_->document = parse_document(xml);
    impl_->xpath.reset(xmlXPathNewContext(impl_->document.get()));
    if (!impl_->xpath ||
        xmlXPathRegisterNs(impl_->xpath.get(), xml::to_xml(kNamespacePrefix),
                           xml::to_xml(ARTNORM_XML_NAMESPACE)) != 0) {
        throw std::runtime_error("cannot set up XPath");
    }
}

XmlDocument::~XmlDocument() = default;
XmlDocument::XmlDocument(XmlDocument&&) noexcept = default;
XmlDocument& XmlDocument::operator=(XmlDocument&&) noexcept = default;

std::vector<std::string> XmlDocument::strings(std::string_view xpath) const {
    const xml::XPathObjectPtr result = impl_->evaluate(xpath);
    std::vector<std::string> values;
    if (result->type != XPATH_NODESET) {
        // string(), count(), boolean(...): one value, as XPath's string().
        values.push_back(xml::take_string(xml::CharPtr{xmlXPathCastToString(result.get())}));
        return values;
    }
    const xmlNodeSet* nodes = result->nodesetval;
    const int size = nodes != nullptr ? nodes->nodeNr : 0;
    values.reserve(static_cast<std::size_t>(size));
    for (int i = 0; i < size; ++i) {
        values.push_back(xml::take_string(xml::CharPtr{xmlNodeGetContent(nodes->nodeTab[i])}));
    }
    return values;
}

std::string XmlDocument::string(std::string_view xpath) const {
    auto values = strings(xpath);
    return values.empty() ? std::string{} : std::move(values.front());
}

std::size_t XmlDocument::count(std::string_view xpath) const {
    const xml::XPathObjectPtr result = impl_->evaluate(xpath);
    if (result->type != XPATH_NODESET) {
        throw std::runtime_error("XPath " + std::string(xpath) + " does not select nodes");
    }
    return result->nodesetval != nullptr ? static_cast<std::size_t>(result->nodesetval->nodeNr) : 0;
}

std::string schema_errors(std::string_view xml) {
    const xml::DocPtr document = parse_document(xml);
    // xmlRelaxNGNewValidCtxt takes a non-const pointer but only reads.
    xml::RelaxNGValidCtxtPtr validator{
        xmlRelaxNGNewValidCtxt(const_cast<xmlRelaxNG*>(&artnorm_schema()))};
    if (!validator) {
        throw std::runtime_error("xmlRelaxNGNewValidCtxt failed");
    }
    xml::ErrorCollector errors;
    xmlRelaxNGSetValidStructuredErrors(validator.get(), xml::ErrorCollector::handler,
                                       errors.context());
    const int result = xmlRelaxNGValidateDoc(validator.get(), document.get());
    if (result == 0) {
        return {};
    }
    if (errors.empty()) {
        return result < 0 ? "validation could not run (internal libxml2 error)"
                          : "invalid (no message)";
    }
    return errors.joined();
}

std::string test_path(std::string_view relative) {
    return std::string(ARTNORM_TESTS_DIR) + "/" + std::string(relative);
}

std::string read_file(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        throw std::runtime_error("cannot open " + path);
    }
    std::ostringstream contents;
    contents << file.rdbuf();
    if (file.bad()) {
        throw std::runtime_error("cannot read " + path);
    }
    return std::move(contents).str();
}

}  // namespace artnorm::test
