// The command line of artnorm:
//   artnorm [--from text|html|auto] [--pretty] [--option NAME=VALUE]... [FILE|-]...
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace artnorm_cli {

enum class Action { normalize, help, version };

struct CommandLine {
    Action action = Action::normalize;
    // Option strings for artnorm_normalizer_configure, applied in order
    // (--from and --pretty are spelled as such strings too).
    std::vector<std::string> option_specs;
    std::vector<std::string> inputs;  // file paths; "-" is standard input
    std::string error;                // non-empty: a usage error to report
};

// Parses argv[1..]. Never throws on bad input: problems land in .error.
CommandLine parse_command_line(std::span<const char* const> arguments);

// The --help text.
std::string_view usage_text();

}  // namespace artnorm_cli
