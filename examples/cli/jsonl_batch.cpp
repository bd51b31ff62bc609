#include "jsonl_batch.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>

#include "artnorm.hpp"
#include "json_writer.hpp"
#include "jsonl_record.hpp"
#include "ordered_pool.hpp"

namespace artnorm_cli {
namespace {

using artnorm_handles::Normalizer;
using artnorm_handles::Result;

constexpr std::string_view kInvalidInput = "ARTNORM_ERROR_INVALID_INPUT";

struct LineTask {
    std::string line;
    std::string fallback_id_json;  // used when the line has no usable id
};

struct LineOutcome {
    std::string json_line;
    bool ok = false;
    std::uint64_t bytes_in = 0;
};

// A normalizer configured with specs in order; nullptr and the refused
// spec's message in error when one is refused.
Normalizer configured_normalizer(const std::vector<std::string_view>& specs, std::string& error) {
    artnorm_normalizer* raw = nullptr;
    const artnorm_status created = artnorm_normalizer_new(&raw);
    Normalizer normalizer(raw);
    if (created != ARTNORM_OK) {
        error = std::string("cannot create a normalizer: ") + artnorm_status_name(created);
        return nullptr;
    }
    for (std::string_view spec : specs) {
        if (artnorm_normalizer_configure(normalizer.get(), spec.data(), spec.size()) != ARTNORM_OK) {
            error = std::string(artnorm_normalizer_last_error(normalizer.get()));
            return nullptr;
        }
    }
    return normalizer;
}

// The shared normalizers, one per input kind, configured once before the
// threads start (a configured normalizer may be shared). A record with its
// own "options" gets a private normalizer instead.
class Normalizers {
public:
    explicit Normalizers(const std::vector<std::string>& option_specs)
        : specs_(option_specs.begin(), option_specs.end()),
          text_(with_from("from=text", error_)),
          html_(with_from("from=html", error_)) {}

    const std::string& error() const { return error_; }

    LineOutcome normalize(const LineTask& task) const {
        JsonlRequest request = parse_jsonl_request(task.line);
        const std::string& id = request.id_json.empty() ? task.fallback_id_json : request.id_json;
        LineOutcome outcome;
        outcome.bytes_in = request.page.size();
        if (!request.error.empty()) {
            outcome.json_line = jsonl_error_line(id, kInvalidInput, request.error);
            return outcome;
        }
        Normalizer private_normalizer;
        const artnorm_normalizer* normalizer = request.from == "html" ? html_.get() : text_.get();
        if (!request.options.empty()) {
            std::vector<std::string_view> specs = specs_;
            specs.push_back(request.from == "html" ? "from=html" : "from=text");
            specs.push_back(request.options);
            std::string error;
            private_normalizer = configured_normalizer(specs, error);
            if (!private_normalizer) {
                outcome.json_line = jsonl_error_line(
                    id, artnorm_status_name(ARTNORM_ERROR_INVALID_OPTION), error);
                return outcome;
            }
            normalizer = private_normalizer.get();
        }
        artnorm_result* raw = nullptr;
        const artnorm_status status =
            artnorm_normalize(normalizer, request.page.data(), request.page.size(), &raw);
        const Result result(raw);
        if (status != ARTNORM_OK) {
            const char* message = result ? artnorm_result_message(result.get()) : "";
            outcome.json_line = jsonl_error_line(id, artnorm_status_name(status), message);
            return outcome;
        }
        std::size_t length = 0;
        const char* xml = artnorm_result_xml(result.get(), &length);
        outcome.json_line = jsonl_document_line(id, std::string_view(xml, length));
        outcome.ok = true;
        return outcome;
    }

private:
    Normalizer with_from(std::string_view from, std::string& error) const {
        std::vector<std::string_view> specs = specs_;
        specs.push_back(from);
        return configured_normalizer(specs, error);
    }

    std::vector<std::string_view> specs_;
    std::string error_;
    Normalizer text_;
    Normalizer html_;
};

struct FileClose {
    void operator()(std::FILE* file) const { std::fclose(file); }
};
struct MallocFree {
    void operator()(char* memory) const { std::free(memory); }
};

// Lines of the inputs one after the other, blank lines skipped. Lines may
// be of any length (getline(3)); a trailing "\r" is dropped.
class LineSource {
public:
    LineSource(const std::vector<InputFile>& files, Reporter& reporter)
        : files_(files), reporter_(reporter) {}

    std::optional<LineTask> next() {
        while (true) {
            if (!current_ && !open_next()) return std::nullopt;
            errno = 0;
            char* raw = buffer_.release();
            const ssize_t length = getline(&raw, &capacity_, current_);
            buffer_.reset(raw);
            if (length < 0) {
                if (std::ferror(current_)) {
                    reporter_.error(name(), std::string("cannot read: ") + std::strerror(errno));
                    all_read_ = false;
                }
                close_current();
                continue;
            }
            ++line_number_;
            std::string_view line(buffer_.get(), static_cast<std::size_t>(length));
            if (line.ends_with('\n')) line.remove_suffix(1);
            if (line.ends_with('\r')) line.remove_suffix(1);
            if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
            return LineTask{std::string(line), fallback_id()};
        }
    }

    bool all_read() const { return all_read_; }

private:
    bool open_next() {
        while (next_file_ < files_.size()) {
            const std::string& path = files_[next_file_++].path;
            line_number_ = 0;
            if (path == "-") {
                current_ = stdin;
                return true;
            }
            errno = 0;
            owned_.reset(std::fopen(path.c_str(), "rb"));
            if (owned_) {
                current_ = owned_.get();
                return true;
            }
            reporter_.error(path, std::string("cannot read: ") + std::strerror(errno));
            all_read_ = false;
        }
        return false;
    }

    void close_current() {
        owned_.reset();
        current_ = nullptr;
    }

    std::string name() const {
        const std::string& path = files_[next_file_ - 1].path;
        return path == "-" ? "(standard input)" : path;
    }

    // The line number; "NAME:LINE" when several inputs make it ambiguous.
    std::string fallback_id() const {
        if (files_.size() == 1) return std::to_string(line_number_);
        std::string id;
        append_json_string(id, name() + ":" + std::to_string(line_number_));
        return id;
    }

    const std::vector<InputFile>& files_;
    Reporter& reporter_;
    std::size_t next_file_ = 0;
    std::unique_ptr<std::FILE, FileClose> owned_;
    std::FILE* current_ = nullptr;
    std::unique_ptr<char, MallocFree> buffer_;
    std::size_t capacity_ = 0;
    std::size_t line_number_ = 0;
    bool all_read_ = true;
};

}  // namespace

bool run_jsonl_batch(const std::vector<std::string>& option_specs,
                     const std::vector<InputFile>& files, const BatchSettings& settings,
                     Reporter& reporter) {
    const Normalizers normalizers(option_specs);
    if (!normalizers.error().empty()) {
        reporter.error("options", normalizers.error());
        return false;
    }
    LineSource source(files, reporter);
    bool all_ok = true;
    bool output_ok = true;
    run_ordered<LineTask, LineOutcome>(
        settings.jobs, settings.window(), [&] { return source.next(); },
        [&](const LineTask& task) { return normalizers.normalize(task); },
        [&](LineOutcome& outcome) {
            outcome.json_line += '\n';
            if (std::fwrite(outcome.json_line.data(), 1, outcome.json_line.size(), stdout) !=
                    outcome.json_line.size() && output_ok) {
                reporter.error("standard output", "write failed");
                output_ok = false;
            }
            if (!outcome.ok) all_ok = false;
            reporter.count(outcome.ok, outcome.bytes_in);
        });
    return all_ok && output_ok && source.all_read();
}

}  // namespace artnorm_cli
