// Turns the command line's input arguments into the list of inputs to read:
// files as given, folders walked recursively, glob patterns expanded here
// (glob(3)) so that quoted patterns work without a shell.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace artnorm_cli {

// Which files a folder contributes.
enum class InputKind { pages, json_lines };

struct InputFile {
    std::string path;         // as given or found; "-" is standard input
    std::string output_name;  // relative path of its XML under --output-dir
};

struct InputError {
    std::string subject;  // the argument
    std::string detail;   // what went wrong, e.g. "no file matches this pattern"
};

struct InputList {
    std::vector<InputFile> files;
    std::vector<InputError> errors;
    bool expanded = false;            // a folder or a pattern was expanded
};

// Arguments are kept in order; a folder's files and a pattern's matches are
// sorted by name. A path that exists is never taken as a pattern, and a
// missing plain path stays in the list (its read error is reported in order).
InputList expand_inputs(const std::vector<std::string>& arguments, InputKind kind);

// Whether a file name is one a folder contributes ("page.html.gz" is a page
// when gzip is supported; JSON Lines files are never gzipped).
bool is_input_name(std::string_view file_name, InputKind kind);

// "sub/page.html.gz" -> "sub/page.xml": the name without its page or gzip
// extensions, plus ".xml". "-" -> "stdin.xml".
std::string xml_output_name(std::string_view relative_path);

}  // namespace artnorm_cli
