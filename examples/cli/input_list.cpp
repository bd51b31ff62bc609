#include "input_list.hpp"

#include <glob.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <memory>
#include <span>
#include <system_error>

#include "read_input.hpp"

namespace artnorm_cli {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 5> kPageExtensions = {".txt", ".text", ".html", ".htm",
                                                             ".xhtml"};
constexpr std::array<std::string_view, 2> kJsonLinesExtensions = {".jsonl", ".ndjson"};
constexpr std::string_view kGzipExtension = ".gz";
constexpr std::string_view kXmlExtension = ".xml";
constexpr std::string_view kStdinOutputName = "stdin.xml";
constexpr std::string_view kGlobCharacters = "*?[";

std::string ascii_lower(std::string_view text) {
    std::string lower(text);
    std::ranges::transform(lower, lower.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return lower;
}

bool ends_with_any(std::string_view name, std::span<const std::string_view> extensions) {
    return std::ranges::any_of(extensions, [&](std::string_view e) { return name.ends_with(e); });
}

bool is_hidden(const fs::path& path) { return path.filename().string().starts_with('.'); }

// Every input file below folder, sorted, with names relative to it.
void walk_folder(const fs::path& folder, InputKind kind, InputList& list) {
    std::error_code error;
    fs::recursive_directory_iterator walk(folder, fs::directory_options::skip_permission_denied,
                                          error);
    std::vector<fs::path> found;
    for (const fs::recursive_directory_iterator end; !error && walk != end; walk.increment(error)) {
        const fs::directory_entry& entry = *walk;
        if (is_hidden(entry.path())) {
            if (entry.is_directory(error)) walk.disable_recursion_pending();
            continue;
        }
        if (entry.is_regular_file(error) && is_input_name(entry.path().filename().string(), kind)) {
            found.push_back(entry.path());
        }
    }
    if (error) {
        list.errors.push_back({folder.string(), "cannot list: " + error.message()});
        return;
    }
    if (found.empty()) {
        list.errors.push_back({folder.string(), "no input files below this folder"});
        return;
    }
    std::ranges::sort(found);
    for (const fs::path& path : found) {
        list.files.push_back(
            {path.string(), xml_output_name(path.lexically_relative(folder).string())});
    }
}

void add_path(const std::string& argument, InputKind kind, InputList& list) {
    std::error_code error;
    if (argument != "-" && fs::is_directory(argument, error)) {
        list.expanded = true;
        walk_folder(argument, kind, list);
        return;
    }
    const std::string name = argument == "-" ? argument : fs::path(argument).filename().string();
    list.files.push_back({argument, xml_output_name(name)});
}

// glob(3) without GLOB_NOCHECK: a pattern that matches nothing is an error.
void add_pattern(const std::string& pattern, InputKind kind, InputList& list) {
    glob_t matches{};
    const int status = glob(pattern.c_str(), 0, nullptr, &matches);
    const std::unique_ptr<glob_t, decltype(&globfree)> owner(&matches, &globfree);
    if (status == GLOB_NOMATCH) {
        list.errors.push_back({pattern, "no file matches this pattern"});
        return;
    }
    if (status != 0) {
        list.errors.push_back({pattern, "cannot expand this pattern"});
        return;
    }
    list.expanded = true;
    for (std::size_t i = 0; i < matches.gl_pathc; ++i) add_path(matches.gl_pathv[i], kind, list);
}

}  // namespace

bool is_input_name(std::string_view file_name, InputKind kind) {
    std::string name = ascii_lower(file_name);
    // JSON Lines are read line by line from plain files only.
    if (kind == InputKind::pages && gzip_supported() && name.ends_with(kGzipExtension)) {
        name.resize(name.size() - kGzipExtension.size());
    }
    return kind == InputKind::pages ? ends_with_any(name, kPageExtensions)
                                    : ends_with_any(name, kJsonLinesExtensions);
}

std::string xml_output_name(std::string_view relative_path) {
    if (relative_path == "-") return std::string(kStdinOutputName);
    fs::path path(relative_path);
    if (ascii_lower(path.extension().string()) == kGzipExtension) path.replace_extension();
    const std::string extension = ascii_lower(path.extension().string());
    if (ends_with_any(extension, kPageExtensions) || ends_with_any(extension, kJsonLinesExtensions)) {
        path.replace_extension();
    }
    return path.string() + std::string(kXmlExtension);
}

InputList expand_inputs(const std::vector<std::string>& arguments, InputKind kind) {
    InputList list;
    for (const std::string& argument : arguments) {
        std::error_code error;
        const bool looks_like_pattern = argument.find_first_of(kGlobCharacters) != std::string::npos;
        if (looks_like_pattern && argument != "-" && !fs::exists(argument, error)) {
            add_pattern(argument, kind, list);
        } else {
            add_path(argument, kind, list);
        }
    }
    return list;
}

}  // namespace artnorm_cli
