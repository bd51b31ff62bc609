#include "synthetic.hpp"

#include <fstream>
#include <iterator>

namespace artnorm_bench {
namespace {

const std::string& seed_text() {
    static const std::string text = [] {
        std::ifstream in(ARTNORM_SEED_TEXT, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }();
    return text;
}

// Repeats unit until out holds at least `bytes` bytes, then cuts at a line end.
std::string repeat_to(const std::string& head, const std::string& unit, std::size_t bytes,
                      const std::string& tail) {
    std::string out = head;
    out.reserve(bytes + unit.size() + tail.size());
    while (out.size() + tail.size() < bytes) out += unit;
    out += tail;
    return out;
}

}  // namespace

std::string synthetic_text(std::size_t bytes) {
    const std::string& seed = seed_text();
    if (bytes <= seed.size()) {
        const auto cut = seed.rfind('\n', bytes);
        return seed.substr(0, cut == std::string::npos ? bytes : cut);
    }
    // The body paragraphs of the seed, repeated: a long article, not many.
    const auto body_begin = seed.find("Anti-war activist");
    const auto body_end = seed.find("Read more about");
    const std::string body = seed.substr(body_begin, body_end - body_begin);
    return repeat_to(seed.substr(0, body_begin), body, bytes, seed.substr(body_end));
}

std::string synthetic_html(std::size_t bytes) {
    const std::string head =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Kazakhstan Grants "
        "Asylum Seeker Status - The Moscow Times</title></head><body><nav><a href=\"/\">Home</a>"
        "<a href=\"/news\">News</a></nav><article><h1>Kazakhstan Grants Asylum Seeker Status</h1>";
    const std::string unit =
        "<p>Anti-war activist and punk musician Ayhal Ammosov has been granted asylum seeker "
        "status by Kazakh authorities, his lawyer said on social media Wednesday, just weeks "
        "after his <a href=\"/arrest\">arrest</a> in Kazakhstan.</p>\n<p>Kazakhstan is known for "
        "its strict asylum policy.</p>\n";
    const std::string tail = "</article><footer>All rights reserved</footer></body></html>";
    return repeat_to(head, unit, bytes, tail);
}

}  // namespace artnorm_bench
