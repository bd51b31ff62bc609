#include "command_line.hpp"

#include <charconv>
#include <optional>

namespace artnorm_cli {
namespace {

constexpr std::string_view kStdinName = "-";
// More threads than this is a typo, not a machine.
constexpr std::size_t kMaxJobs = 1024;

// "4" -> 4; 0 means one thread per core.
std::optional<std::size_t> parse_jobs(std::string_view text) {
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value > kMaxJobs) {
        return std::nullopt;
    }
    return value;
}

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
        } else if (argument == "--jsonl") {
            line.jsonl = true;
        } else if (argument == "--quiet" || argument == "-q") {
            line.reporting = Reporting::quiet;
        } else if (argument == "--progress") {
            line.reporting = Reporting::forced;
        } else if (takes_value(argument, "--jobs") || takes_value(argument, "-j")) {
            const std::string_view name = argument.starts_with("--") ? "--jobs" : "-j";
            if (auto value = option_value(name, arguments, i, line.error)) {
                if (const auto jobs = parse_jobs(*value)) {
                    line.jobs = *jobs;
                } else {
                    line.error = "--jobs takes a number from 0 (one per core) to " +
                                 std::to_string(kMaxJobs) + ", not '" + *value + "'";
                }
            }
        } else if (takes_value(argument, "--output-dir")) {
            if (auto value = option_value("--output-dir", arguments, i, line.error)) {
                if (value->empty()) {
                    line.error = "--output-dir needs a folder";
                } else {
                    line.output_dir = std::move(*value);
                }
            }
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
    if (line.error.empty() && line.jsonl && !line.output_dir.empty()) {
        line.error = "--output-dir writes XML files; --jsonl writes JSON Lines to standard output";
    }
    if (line.inputs.empty()) line.inputs.emplace_back(kStdinName);
    return line;
}

std::string_view usage_text() {
    return R"(Usage: artnorm [OPTIONS] [FILE|DIR|PATTERN|-]...

Turns the text (or HTML) a scraper saved of a news or blog page into one XML
article document. With no FILE, or when FILE is -, reads standard input.

Inputs:
  FILE                    a page, read as bytes; a name ending in .gz is
                          gunzipped first
  DIR                     every page below DIR, recursively, in name order:
                          *.txt *.text *.html *.htm *.xhtml and the same
                          with .gz (with --jsonl: *.jsonl *.ndjson); names
                          starting with '.' are skipped
  PATTERN                 a quoted glob such as 'pages/*.txt', expanded by
                          artnorm itself (glob(3)); a match may be a DIR
  -                       standard input

Options:
  --from text|html|auto   what the input is (default auto: sniffed per input)
  --pretty                indent the XML
  --option NAME=VALUE     set a library option; repeatable. NAME is one of
                          from, pretty, strict-utf8, max-input-bytes,
                          language, base-url, charset (e.g. max-input-bytes=16M,
                          strict-utf8=yes, language=de)
  --jsonl                 inputs and output are JSON Lines (see below)
  -j, --jobs N            normalize on N threads (default 0: one per core);
                          the output order is the input order whatever N is
  --output-dir DIR        write one DIR/NAME.xml per input instead of standard
                          output (NAME: the file name without its extensions;
                          below a DIR argument, its path relative to DIR)
  --progress              show the progress bar and the summary even when
                          standard error is not a terminal
  -q, --quiet             no progress bar, no summary
  -h, --help              show this help and exit
  -V, --version           show the library and ABI versions and exit
  --                      treat every later argument as a FILE

Output: one XML document per input that was accepted, on standard output, in
the order of the inputs. Each document starts with its own "<?xml" declaration
and ends with a newline, so with several inputs a line starting with "<?xml"
begins the next document.

JSON Lines (--jsonl): each input line is one object
  {"id": ..., "text": "..."}  or  {"id": ..., "html": "..."}
with an optional "options": "NAME=VALUE, ..." string (as --option; it wins
over the command line, and "text"/"html" set from=text/from=html). Each line
gives one output line, in input order:
  {"id": ..., "xml": "..."}
  {"id": ..., "error": {"status": "ARTNORM_ERROR_...", "message": "..."}}
A line that is not valid JSON, or lacks "id", gets its line number as id
("FILE:LINE" when there are several inputs). Blank lines are skipped.

Progress: with several inputs (or DIR, PATTERN, --jsonl) a progress bar is
drawn on standard error when it is a terminal, and a summary line ends the
run, e.g. "artnorm: 121 pages, 0 failed, 3.8 MB in 0.42 s (9.0 MB/s), 2 jobs"
(MB = 10^6 bytes of input).

Errors: a rejected or unreadable input is reported on standard error as
  artnorm: FILE: ARTNORM_ERROR_...: reason
and the remaining inputs are still processed.

Exit status: 0 every input normalized; 1 at least one input rejected or
unreadable (or output failed); 2 usage error (unknown flag, bad option value).
)";
}

}  // namespace artnorm_cli
