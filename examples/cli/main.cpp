// artnorm — command-line front end of libartnorm, using only the public C API.
// See usage_text() in command_line.cpp for the interface and exit codes.
#include <cstdio>
#include <exception>
#include <new>
#include <span>
#include <string>
#include <string_view>

#include "artnorm.h"
#include "command_line.hpp"
#include "artnorm.hpp"
#include "read_input.hpp"

namespace artnorm_cli {
namespace {

using artnorm_handles::Normalizer;
using artnorm_handles::Result;

constexpr int kExitOk = 0;
constexpr int kExitInputFailed = 1;
constexpr int kExitUsage = 2;

void print_error(std::string_view subject, std::string_view detail) {
    std::fprintf(stderr, "artnorm: %.*s: %.*s\n", static_cast<int>(subject.size()),
                 subject.data(), static_cast<int>(detail.size()), detail.data());
}

std::string display_name(const std::string& path) {
    return path == "-" ? "(standard input)" : path;
}

void print_version() {
    std::printf("artnorm %s\n", artnorm_version_string());
    std::printf("library %s (ABI %u), built against %s (ABI %d)\n", artnorm_version_string(),
                artnorm_abi_version(), ARTNORM_VERSION_STRING, ARTNORM_ABI_VERSION);
    std::printf("XML namespace %s\n", ARTNORM_XML_NAMESPACE);
}

// Applies each option string; the first the library refuses is a usage error.
bool configure(artnorm_normalizer* normalizer, const CommandLine& line) {
    for (const std::string& spec : line.option_specs) {
        if (artnorm_normalizer_configure(normalizer, spec.data(), spec.size()) != ARTNORM_OK) {
            print_error("--option " + spec, artnorm_normalizer_last_error(normalizer));
            return false;
        }
    }
    return true;
}

// Normalizes one input and writes its document; false when it failed.
bool normalize_one(const artnorm_normalizer* normalizer, const std::string& path) {
    const Input input = read_input(path);
    if (!input.error.empty()) {
        print_error(display_name(path), "cannot read: " + input.error);
        return false;
    }
    artnorm_result* raw = nullptr;
    const artnorm_status status =
        artnorm_normalize(normalizer, input.bytes.data(), input.bytes.size(), &raw);
    const Result result(raw);
    if (status != ARTNORM_OK) {
        const char* message = result ? artnorm_result_message(result.get()) : "";
        print_error(display_name(path), std::string(artnorm_status_name(status)) + ": " + message);
        return false;
    }
    std::size_t length = 0;
    const char* xml = artnorm_result_xml(result.get(), &length);
    std::fwrite(xml, 1, length, stdout);
    if (length == 0 || xml[length - 1] != '\n') std::fputc('\n', stdout);
    return true;
}

int run(std::span<const char* const> arguments) {
    const CommandLine line = parse_command_line(arguments);
    if (!line.error.empty()) {
        std::fprintf(stderr, "artnorm: %s\nTry 'artnorm --help'.\n", line.error.c_str());
        return kExitUsage;
    }
    if (line.action == Action::help) {
        std::fwrite(usage_text().data(), 1, usage_text().size(), stdout);
        return kExitOk;
    }
    if (line.action == Action::version) {
        print_version();
        return kExitOk;
    }
    artnorm_normalizer* raw = nullptr;
    const artnorm_status created = artnorm_normalizer_new(&raw);
    const Normalizer normalizer(raw);
    if (created != ARTNORM_OK) {
        print_error("cannot create a normalizer", artnorm_status_name(created));
        return kExitInputFailed;
    }
    if (!configure(normalizer.get(), line)) return kExitUsage;

    int exit_code = kExitOk;
    for (const std::string& path : line.inputs) {
        if (!normalize_one(normalizer.get(), path)) exit_code = kExitInputFailed;
    }
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        print_error("standard output", "write failed");
        return kExitInputFailed;
    }
    return exit_code;
}

}  // namespace
}  // namespace artnorm_cli

int main(int argc, char** argv) {
    try {
        return artnorm_cli::run(std::span<const char* const>(argv + 1, argc > 0 ? argc - 1 : 0));
    } catch (const std::bad_alloc&) {
        std::fputs("artnorm: out of memory\n", stderr);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "artnorm: %s\n", error.what());
    }
    return 1;
}
