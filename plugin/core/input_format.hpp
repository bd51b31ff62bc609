// Tells HTML from page text when the caller did not say which it is.
#pragma once

#include <string_view>

#include "core/options.hpp"

namespace artnorm {

// Rule "html-sniffing": after an optional BOM and white space, input that
// opens with "<!doctype html", "<html", "<head", "<body" or "<!--" (any case),
// or whose first 1 KiB holds "<html" or "<body", is HTML; anything else is text.
// Never returns InputFormat::automatic.
InputFormat detect_input_format(std::string_view input);

}  // namespace artnorm
