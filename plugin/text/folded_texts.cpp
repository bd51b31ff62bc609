#include "text/folded_texts.hpp"

#include <algorithm>
#include <cstring>

namespace artnorm {
namespace {

// Big enough that chunks are few, small enough that the unused tail of the
// last one does not matter next to a large page.
constexpr std::size_t kChunkBytes = std::size_t{1} << 18;

}  // namespace

std::string_view FoldedTexts::store(std::string_view text) {
    if (text.empty()) return {};
    if (chunks_.empty() || chunk_size_ - chunk_used_ < text.size()) {
        chunk_size_ = std::max(kChunkBytes, text.size());
        chunks_.push_back(std::make_unique_for_overwrite<char[]>(chunk_size_));
        chunk_used_ = 0;
    }
    char* at = chunks_.back().get() + chunk_used_;
    std::memcpy(at, text.data(), text.size());
    chunk_used_ += text.size();
    return {at, text.size()};
}

}  // namespace artnorm
