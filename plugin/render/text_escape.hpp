// Escaping of element text, byte for byte what libxml2's
// xmlEncodeSpecialChars(NULL, text) produces (xmlTextWriterWriteString uses
// it for element content): the writer then takes the text raw, without the
// copy and strlen libxml2 makes of every text.
#pragma once

#include <string>
#include <string_view>

namespace artnorm {

// True when text holds a byte that escaping changes: < > & " or CR.
bool needs_text_escape(std::string_view text) noexcept;

// text with < > & " and CR written as &lt; &gt; &amp; &quot; &#13;.
std::string escape_text(std::string_view text);

}  // namespace artnorm
