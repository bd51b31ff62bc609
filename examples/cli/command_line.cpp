#include "command_line.hpp"

#include <optional>

namespace artnorm_cli {
namespace {

constexpr std::string_view kStdinName = "-";

// "--name=value" -> value; "--name" -> the next argument (index advanced).
// nullopt when the option is not `name` or its value is missing.
std::optional<std::string> option_value(std::string_view name,
                                        std::span<const char* const> arguments,
                                        std::size_t& index, std::string& error) {
    const std::string_view argument = arguments[index];
    if (argument == name) {
        if (index + 1 >= arguments.size()) {
            error = std::string(name) + " needs a value";
            return std::nullopt;
        }
        return std::string(arguments[++index]);
    }
    if (argument.starts_with(name) && argument.size() > name.size() &&
        argument[name.size()] == '=') {
        return std::string(argument.substr(name.size() + 1));
    }
    return std::nullopt;
}

bool takes_value(std::string_view argument, std::string_view name) {
    return argument == name || (argument.starts_with(name) && argument.size() > name.size() &&
                                argument[name.size()] == '=');
}

}  // namespace

CommandLine parse_command_line(std::span<const char* const> arguments) {
    CommandLine line;
    bool only_files = false;
    for (std::size_t i = 0; i < arguments.size() && line.error.empty(); ++i) {
        const std::string_view argument = arguments[i];
        if (only_files || argument == kStdinName || !argument.starts_with("-")) {
            line.inputs.emplace_back(argument);
        } else if (argument == "--") {
            only_files = true;
        } else if (argument == "--help" || argument == "-h") {
            line.action = Action::help;
        } else if (argument == "--version" || argument == "-V") {
            if (line.action != Action::help) line.action = Action::version;
        } else if (argument == "--pretty") {
            line.option_specs.emplace_back("pretty=1");
        } else if (takes_value(argument, "--from")) {
            if (auto value = option_value("--from", arguments, i, line.error)) {
                if (*value != "text" && *value != "html" && *value != "auto") {
                    line.error = "--from takes text, html or auto, not '" + *value + "'";
                } else {
                    line.option_specs.push_back("from=" + *value);
                }
            }
        } else if (takes_value(argument, "--option")) {
            if (auto value = option_value("--option", arguments, i, line.error)) {
                line.option_specs.push_back(std::move(*value));
            }
        } else {
            line.error = "unknown option '" + std::string(argument) + "'";
        }
    }
    if (line.inputs.empty()) line.inputs.emplace_back(kStdinName);
    return line;
}

std::string_view usage_text() {
    return R"(Usage: artnorm [OPTIONS] [FILE|-]...

Turns the text (or HTML) a scraper saved of a news or blog page into one XML
article document. With no FILE, or when FILE is -, reads standard input.

Options:
  --from text|html|auto   what the input is (default auto: sniffed per input)
  --pretty                indent the XML
  --option NAME=VALUE     set a library option; repeatable. NAME is one of
                          from, pretty, strict-utf8, max-input-bytes,
                          language, base-url, charset (e.g. max-input-bytes=16M,
                          strict-utf8=yes, language=de)
  -h, --help              show this help and exit
  -V, --version           show the library and ABI versions and exit
  --                      treat every later argument as a FILE

Output: one XML document per input that was accepted, on standard output, in
the order of the inputs. Each document starts with its own "<?xml" declaration
and ends with a newline, so with several inputs a line starting with "<?xml"
begins the next document.

Errors: a rejected or unreadable input is reported on standard error as
  artnorm: FILE: ARTNORM_ERROR_...: reason
and the remaining inputs are still processed.

Exit status: 0 every input normalized; 1 at least one input rejected or
unreadable (or output failed); 2 usage error (unknown flag, bad option value).
)";
}

}  // namespace artnorm_cli
