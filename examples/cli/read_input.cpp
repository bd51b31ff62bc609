#include "read_input.hpp"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>
#include <sys/stat.h>

#ifdef ARTNORM_CLI_HAVE_ZLIB
#include <zlib.h>
#endif

namespace artnorm_cli {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{1} << 16;

struct FileClose {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

std::string describe_errno(int error) { return error != 0 ? std::strerror(error) : "read error"; }

// Appends everything left in file to out; returns "" or the reason it failed.
std::string read_all(std::FILE* file, std::string& out) {
    // A regular file's size is known: reserving it avoids the doubling growth
    // that would hold up to twice the input in memory.
    struct stat info {};
    if (fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0) {
        out.reserve(out.size() + static_cast<std::size_t>(info.st_size));
    }
    std::array<char, kChunkBytes> chunk{};
    while (true) {
        errno = 0;
        const std::size_t got = std::fread(chunk.data(), 1, chunk.size(), file);
        out.append(chunk.data(), got);
        if (got < chunk.size()) {
            if (std::ferror(file)) return describe_errno(errno);
            return {};
        }
    }
}

#ifdef ARTNORM_CLI_HAVE_ZLIB
struct GzClose {
    void operator()(gzFile_s* file) const { gzclose(file); }
};

// Appends the gunzipped content of path (several members are concatenated,
// as gzip -d does); returns "" or the reason it failed.
std::string read_gzip(const std::string& path, std::string& out) {
    errno = 0;
    const std::unique_ptr<gzFile_s, GzClose> file(gzopen(path.c_str(), "rb"));
    if (!file) return describe_errno(errno);
    std::array<char, kChunkBytes> chunk{};
    while (true) {
        const int got = gzread(file.get(), chunk.data(), static_cast<unsigned>(chunk.size()));
        if (got < 0) {
            int code = 0;
            const char* message = gzerror(file.get(), &code);
            return code == Z_ERRNO ? describe_errno(errno) : std::string("gzip: ") + message;
        }
        if (got == 0) return {};
        out.append(chunk.data(), static_cast<std::size_t>(got));
    }
}
#endif

[[maybe_unused]] bool is_gzip_name(std::string_view path) { return path.ends_with(".gz"); }

}  // namespace

bool gzip_supported() {
#ifdef ARTNORM_CLI_HAVE_ZLIB
    return true;
#else
    return false;
#endif
}

Input read_input(const std::string& path) {
    Input input;
    if (path == "-") {
        input.error = read_all(stdin, input.bytes);
        return input;
    }
#ifdef ARTNORM_CLI_HAVE_ZLIB
    if (is_gzip_name(path)) {
        input.error = read_gzip(path, input.bytes);
        return input;
    }
#endif
    errno = 0;
    const std::unique_ptr<std::FILE, FileClose> file(std::fopen(path.c_str(), "rb"));
    if (!file) {
        input.error = describe_errno(errno);
        return input;
    }
    input.error = read_all(file.get(), input.bytes);
    return input;
}

}  // namespace artnorm_cli
