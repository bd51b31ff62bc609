#include "html/body_blocks.hpp"

#include <utility>

namespace artnorm::html {

std::vector<BodyBlock> make_body_blocks(std::vector<Segment>& segments,
                                        const std::vector<SegmentFeatures>& features,
                                        const std::vector<std::size_t>& chosen) {
    std::vector<BodyBlock> blocks;
    blocks.reserve(chosen.size());  // at most one block per segment: no regrowth
    const SegmentFeatures* previous = nullptr;
    for (std::size_t index : chosen) {
        Segment& s = segments[index];
        const SegmentFeatures& f = features[index];
        BodyBlock* last = blocks.empty() ? nullptr : &blocks.back();
        const bool same_container = previous != nullptr && previous->container == f.container;
        previous = &f;
        switch (s.shape) {
        case SegmentShape::bullet:
        case SegmentShape::numbered: {
            const bool ordered = s.shape == SegmentShape::numbered;
            if (last == nullptr || last->kind != BlockKind::list || last->ordered != ordered ||
                !same_container) {
                BodyBlock list;
                list.kind = BlockKind::list;
                list.ordered = ordered;
                blocks.push_back(std::move(list));
                last = &blocks.back();
            }
            last->items.push_back(std::move(s.text));
            continue;
        }
        case SegmentShape::table_row:
            if (last == nullptr || last->kind != BlockKind::table || !same_container) {
                BodyBlock table;
                table.kind = BlockKind::table;
                blocks.push_back(std::move(table));
                last = &blocks.back();
            }
            last->rows.push_back(std::move(s.cells));
            continue;
        default:
            break;
        }
        BodyBlock block;
        block.text = std::move(s.text);
        if (s.shape == SegmentShape::heading) {
            block.kind = BlockKind::heading;
            block.level = s.level;
        } else if (f.code) {
            block.kind = BlockKind::code;
        } else if (s.shape == SegmentShape::quote) {
            block.kind = BlockKind::quote;
        }
        blocks.push_back(std::move(block));
    }
    return blocks;
}

}  // namespace artnorm::html
