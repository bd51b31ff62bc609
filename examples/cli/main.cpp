// artnorm — command-line front end of libartnorm, using only the public C API.
// See usage_text() in command_line.cpp for the interface and exit codes.
#include <unistd.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <cstdio>
#include <exception>
#include <new>
#include <span>
#include <string>
#include <string_view>
#include <thread>

#include "artnorm.h"
#include "artnorm.hpp"
#include "batch_settings.hpp"
#include "command_line.hpp"
#include "file_batch.hpp"
#include "input_list.hpp"
#include "jsonl_batch.hpp"
#include "reporter.hpp"

namespace artnorm_cli {
namespace {

using artnorm_handles::Normalizer;

constexpr int kExitOk = 0;
constexpr int kExitInputFailed = 1;
constexpr int kExitUsage = 2;

void print_error(std::string_view subject, std::string_view detail) {
    std::fprintf(stderr, "artnorm: %.*s: %.*s\n", static_cast<int>(subject.size()),
                 subject.data(), static_cast<int>(detail.size()), detail.data());
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

std::size_t worker_count(const CommandLine& line) {
    if (line.jobs != 0) return line.jobs;
    const unsigned cores = std::thread::hardware_concurrency();
    return cores > 0 ? cores : 1;
}

// A batch (several inputs, a folder, a pattern, JSON Lines) reports its
// progress; a single page stays as quiet as it always was.
Reporter::Settings reporting(const CommandLine& line, const InputList& inputs, std::size_t jobs) {
    const bool batch = line.jsonl || inputs.expanded || inputs.files.size() > 1;
    const bool automatic = line.reporting == Reporting::automatic;
    const bool forced = line.reporting == Reporting::forced;
    Reporter::Settings settings;
    settings.show_bar = forced || (automatic && batch && isatty(STDERR_FILENO) == 1);
    settings.show_summary = forced || (automatic && batch);
    if (!line.jsonl) settings.total = inputs.files.size();
    settings.jobs = jobs;
    return settings;
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
    // Checked here in both modes, so that a bad option is a usage error.
    if (!configure(normalizer.get(), line)) return kExitUsage;

    const InputList inputs =
        expand_inputs(line.inputs, line.jsonl ? InputKind::json_lines : InputKind::pages);
    BatchSettings settings;
    settings.jobs = worker_count(line);
    settings.output_dir = line.output_dir;
    Reporter reporter(reporting(line, inputs, settings.jobs));
    for (const InputError& error : inputs.errors) reporter.error(error.subject, error.detail);

    bool all_ok = inputs.errors.empty();
    if (line.jsonl) {
        all_ok = run_jsonl_batch(line.option_specs, inputs.files, settings, reporter) && all_ok;
    } else {
        all_ok = run_file_batch(normalizer.get(), inputs.files, settings, reporter) && all_ok;
    }
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        reporter.error("standard output", "write failed");
        all_ok = false;
    }
    reporter.finish();
    return all_ok ? kExitOk : kExitInputFailed;
}

}  // namespace
}  // namespace artnorm_cli

int main(int argc, char** argv) {
#ifdef __GLIBC__
    // A fixed mmap threshold (glibc's default, set explicitly): otherwise
    // glibc raises it each time a large block is freed, and later large
    // blocks (per-segment vectors of a big page) then come from the heap and
    // stay resident as holes after they are freed. Measured: peak RSS -8 %
    // for a 64 MB text page (issue 7).
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
    try {
        return artnorm_cli::run(std::span<const char* const>(argv + 1, argc > 0 ? argc - 1 : 0));
    } catch (const std::bad_alloc&) {
        std::fputs("artnorm: out of memory\n", stderr);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "artnorm: %s\n", error.what());
    }
    return 1;
}
