#include "read_input.hpp"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace artnorm_cli {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{1} << 16;

struct FileClose {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

std::string describe_errno(int error) { return error != 0 ? std::strerror(error) : "read error"; }

// Appends everything left in file to out; returns "" or the reason it failed.
std::string read_all(std::FILE* file, std::string& out) {
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

}  // namespace

Input read_input(const std::string& path) {
    Input input;
    if (path == "-") {
        input.error = read_all(stdin, input.bytes);
        return input;
    }
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
