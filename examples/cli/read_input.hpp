// Reads a whole input, file or standard input, as bytes.
#pragma once

#include <string>

namespace artnorm_cli {

struct Input {
    std::string bytes;
    std::string error;  // non-empty when the input could not be read
};

// path "-" is standard input. Binary: no byte is translated or dropped, and
// there is no size limit here (the library enforces max-input-bytes).
// A path ending in ".gz" is gunzipped when this build has zlib.
Input read_input(const std::string& path);

// Whether read_input gunzips *.gz files (the build found zlib).
bool gzip_supported();

}  // namespace artnorm_cli
