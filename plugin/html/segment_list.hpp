// The page's segments, in memory of their own (peak memory, issue 7).
//
// A walk allocates each segment's text and, between them, the segments
// themselves. Once the rules take the texts (extract_html.cpp), the
// segments are freed; in the general heap that left small holes between
// the texts that nothing later fitted in (at 16 MB of HTML, 16 MB that
// stayed resident). Here they sit in big blocks of their own, given back
// whole by release().
#pragma once

#include <cstddef>
#include <deque>
#include <memory>
#include <memory_resource>
#include <utility>

#include "text/segments.hpp"

namespace artnorm::html {

class SegmentList {
public:
    SegmentList() = default;
    SegmentList(SegmentList&&) noexcept = default;  // the blocks move with the segments
    SegmentList& operator=(SegmentList&& other) noexcept {
        items_ = std::move(other.items_);  // the old segments go before their blocks
        memory_ = std::move(other.memory_);
        return *this;
    }
    SegmentList(const SegmentList&) = delete;
    SegmentList& operator=(const SegmentList&) = delete;

    std::size_t size() const { return items_ ? items_->size() : 0; }
    bool empty() const { return size() == 0; }
    HtmlSegment& operator[](std::size_t i) { return (*items_)[i]; }
    const HtmlSegment& operator[](std::size_t i) const { return (*items_)[i]; }
    void push_back(HtmlSegment segment) { items_->push_back(std::move(segment)); }
    auto begin() { return items_->begin(); }
    auto end() { return items_->end(); }
    auto begin() const { return std::as_const(*items_).begin(); }
    auto end() const { return std::as_const(*items_).end(); }

    // Destroys the segments and gives their blocks back; the list is empty
    // and usable again.
    void release() {
        items_.reset();
        memory_ = std::make_unique<std::pmr::monotonic_buffer_resource>();
        items_ = std::make_unique<Items>(memory_.get());
    }

private:
    using Items = std::pmr::deque<HtmlSegment>;
    // Declared first, destroyed last: the segments live in it.
    std::unique_ptr<std::pmr::monotonic_buffer_resource> memory_ =
        std::make_unique<std::pmr::monotonic_buffer_resource>();
    std::unique_ptr<Items> items_ = std::make_unique<Items>(memory_.get());
};

}  // namespace artnorm::html
