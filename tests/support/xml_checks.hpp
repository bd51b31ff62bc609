// Test helpers over libxml2: parse an output document, validate it against
// the shipped schema (abi/artnorm.rng), and query it with XPath where the
// prefix "a" is bound to ARTNORM_XML_NAMESPACE.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace artnorm::test {

class XmlDocument {
public:
    // Throws std::runtime_error with libxml2's message if xml is not well-formed.
    explicit XmlDocument(std::string_view xml);
    ~XmlDocument();
    XmlDocument(XmlDocument&&) noexcept;
    XmlDocument& operator=(XmlDocument&&) noexcept;

    // String values of every node the XPath expression selects (elements:
    // their text content; attributes: their value), in document order.
    std::vector<std::string> strings(std::string_view xpath) const;
    // First string of strings(xpath), or "" when nothing matches.
    std::string string(std::string_view xpath) const;
    // Number of nodes selected.
    std::size_t count(std::string_view xpath) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Validates xml against abi/artnorm.rng. Returns "" when valid, else the
// validator's messages.
std::string schema_errors(std::string_view xml);

// Path of a file under tests/ (e.g. "golden/seed/input.txt"), from the
// ARTNORM_TESTS_DIR compile definition.
std::string test_path(std::string_view relative);

// Whole file as bytes; throws std::runtime_error when it cannot be read.
std::string read_file(const std::string& path);

}  // namespace artnorm::test
