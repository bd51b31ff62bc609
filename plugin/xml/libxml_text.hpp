// Conversions between libxml2's xmlChar (unsigned char, UTF-8) and the
// char-based strings used everywhere else. libxml2 strings are UTF-8 bytes,
// so these are pure reinterpretations, no transcoding.
#pragma once

#include <string>
#include <string_view>

#include <libxml/xmlstring.h>

#include "xml/libxml_ptr.hpp"

namespace artnorm::xml {

inline const xmlChar* to_xml(const char* text) noexcept {
    return reinterpret_cast<const xmlChar*>(text);
}

inline const xmlChar* to_xml(const std::string& text) noexcept { return to_xml(text.c_str()); }

// View of a NUL-terminated libxml2 string; "" for nullptr.
inline std::string_view to_view(const xmlChar* text) noexcept {
    return text == nullptr ? std::string_view{} : std::string_view{reinterpret_cast<const char*>(text)};
}

// Copies a libxml2-allocated string and frees it; "" for nullptr.
inline std::string take_string(CharPtr text) { return std::string{to_view(text.get())}; }

}  // namespace artnorm::xml
