// The case-folded texts of a document's segments (TextDocument::folded),
// kept in large shared chunks: one std::string per segment would cost a
// 32-byte object and a heap block (with its allocator overhead) each, and
// a page has one segment per ~200 bytes (peak memory, issue 7).
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace artnorm {

class FoldedTexts {
public:
    // Reserves room for count texts (the views, not the bytes).
    void reserve(std::size_t count) { views_.reserve(count); }
    void push_back(std::string_view text) { views_.push_back(store(text)); }
    // Text i becomes text; the bytes of the old one stay unused until clear.
    void replace(std::size_t i, std::string_view text) { views_[i] = store(text); }

    std::string_view operator[](std::size_t i) const { return views_[i]; }
    std::size_t size() const { return views_.size(); }
    auto begin() const { return views_.begin(); }
    auto end() const { return views_.end(); }

private:
    std::string_view store(std::string_view text);

    // Texts never move once stored, so the views stay valid.
    std::vector<std::unique_ptr<char[]>> chunks_;
    std::size_t chunk_used_ = 0;
    std::size_t chunk_size_ = 0;
    std::vector<std::string_view> views_;
};

}  // namespace artnorm
