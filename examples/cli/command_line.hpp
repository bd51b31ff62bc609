// The command line of artnorm:
//   artnorm [--from text|html|auto] [--pretty] [--option NAME=VALUE]...
//           [--jsonl] [--jobs N] [--output-dir DIR] [--quiet|--progress]
//           [FILE|DIR|PATTERN|-]...
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace artnorm_cli {

enum class Action { normalize, help, version };

// Progress bar and summary line on standard error.
enum class Reporting {
    automatic,  // bar when stderr is a terminal; summary for batches
    forced,     // --progress: bar and summary whatever stderr is
    quiet       // --quiet: neither
};

struct CommandLine {
    Action action = Action::normalize;
    // Option strings for artnorm_normalizer_configure, applied in order
    // (--from and --pretty are spelled as such strings too).
    std::vector<std::string> option_specs;
    std::vector<std::string> inputs;  // files, folders, glob patterns; "-" is standard input
    bool jsonl = false;               // inputs are JSON Lines records, output too
    std::size_t jobs = 0;             // worker threads; 0 = one per core
    std::string output_dir;           // "": XML documents go to standard output
    Reporting reporting = Reporting::automatic;
    std::string error;                // non-empty: a usage error to report
};

// Parses argv[1..]. Never throws on bad input: problems land in .error.
CommandLine parse_command_line(std::span<const char* const> arguments);

// The --help text.
std::string_view usage_text();

}  // namespace artnorm_cli
