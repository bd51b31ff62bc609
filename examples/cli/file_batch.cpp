#include "file_batch.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <string>
#include <system_error>

#include "artnorm.hpp"
#include "ordered_pool.hpp"
#include "read_input.hpp"

namespace artnorm_cli {
namespace {

namespace fs = std::filesystem;
using artnorm_handles::Result;

struct FileOutcome {
    const InputFile* file = nullptr;
    std::string read_error;  // non-empty: the file could not be read
    artnorm_status status = ARTNORM_OK;
    Result result;
    std::uint64_t bytes_in = 0;
};

std::string display_name(const std::string& path) {
    return path == "-" ? "(standard input)" : path;
}

FileOutcome normalize_file(const artnorm_normalizer* normalizer, const InputFile& file) {
    FileOutcome outcome;
    outcome.file = &file;
    Input input = read_input(file.path);
    outcome.bytes_in = input.bytes.size();
    if (!input.error.empty()) {
        outcome.read_error = std::move(input.error);
        return outcome;
    }
    artnorm_result* raw = nullptr;
    outcome.status = artnorm_normalize(normalizer, input.bytes.data(), input.bytes.size(), &raw);
    outcome.result.reset(raw);
    return outcome;
}

std::string_view document_of(const FileOutcome& outcome) {
    std::size_t length = 0;
    const char* xml = artnorm_result_xml(outcome.result.get(), &length);
    return {xml, length};
}

// Writes xml to stdout, one newline-terminated document.
bool write_to_stdout(std::string_view xml) {
    std::fwrite(xml.data(), 1, xml.size(), stdout);
    if (xml.empty() || xml.back() != '\n') std::fputc('\n', stdout);
    return !std::ferror(stdout);
}

// Writes xml to dir/name; "" or the reason it failed.
std::string write_to_file(const fs::path& dir, const std::string& name, std::string_view xml) {
    const fs::path target = dir / name;
    std::error_code error;
    fs::create_directories(target.parent_path(), error);
    if (error) return "cannot create " + target.parent_path().string() + ": " + error.message();
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    out.write(xml.data(), static_cast<std::streamsize>(xml.size()));
    if (xml.empty() || xml.back() != '\n') out.put('\n');
    out.close();
    if (!out) return "cannot write " + target.string();
    return {};
}

// Delivers outcomes in input order: writes documents, reports failures.
class Writer {
public:
    Writer(const BatchSettings& settings, Reporter& reporter)
        : settings_(settings), reporter_(reporter) {}

    void deliver(FileOutcome& outcome) {
        const bool ok = write(outcome);
        if (!ok) all_ok_ = false;
        reporter_.count(ok, outcome.bytes_in);
    }

    bool all_ok() const { return all_ok_; }

private:
    bool write(FileOutcome& outcome) {
        const std::string subject = display_name(outcome.file->path);
        if (!outcome.read_error.empty()) {
            reporter_.error(subject, "cannot read: " + outcome.read_error);
            return false;
        }
        if (outcome.status != ARTNORM_OK) {
            const char* message =
                outcome.result ? artnorm_result_message(outcome.result.get()) : "";
            reporter_.error(subject, std::string(artnorm_status_name(outcome.status)) + ": " +
                                         message);
            return false;
        }
        if (settings_.output_dir.empty()) {
            if (write_to_stdout(document_of(outcome))) return true;
            reporter_.error("standard output", "write failed");
            return false;
        }
        const std::string& name = outcome.file->output_name;
        if (!written_names_.insert(name).second) {
            reporter_.error(subject, "not written: an earlier input already wrote " + name);
            return false;
        }
        const std::string error = write_to_file(settings_.output_dir, name, document_of(outcome));
        if (error.empty()) return true;
        reporter_.error(subject, error);
        return false;
    }

    const BatchSettings& settings_;
    Reporter& reporter_;
    std::set<std::string> written_names_;
    bool all_ok_ = true;
};

}  // namespace

bool run_file_batch(const artnorm_normalizer* normalizer, const std::vector<InputFile>& files,
                    const BatchSettings& settings, Reporter& reporter) {
    std::size_t next = 0;
    Writer writer(settings, reporter);
    run_ordered<const InputFile*, FileOutcome>(
        settings.jobs, settings.window(),
        [&]() -> std::optional<const InputFile*> {
            if (next == files.size()) return std::nullopt;
            return &files[next++];
        },
        [&](const InputFile* file) { return normalize_file(normalizer, *file); },
        [&](FileOutcome& outcome) { writer.deliver(outcome); });
    return writer.all_ok();
}

}  // namespace artnorm_cli
