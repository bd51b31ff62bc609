// The article model: what the pipeline extracts and the renderers write.
// Plain value types; every string is valid, NFC-normalized UTF-8 with white
// space already collapsed (the producers guarantee it, the XML writer relies
// on it). One exception: the text of a BodyBlock of kind code keeps its line
// breaks (LF only; each line's trailing white space trimmed, tabs kept,
// leading and trailing blank lines dropped), since they carry meaning there.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace artnorm {

struct Figure {
    std::string caption;
    std::string credit;
    std::string src;  // image URL when known (HTML input)
};

enum class BlockKind { paragraph, heading, list, quote, code, table };

// One structural unit of the article body.
struct BodyBlock {
    BlockKind kind = BlockKind::paragraph;
    std::string text;                // paragraph, heading, quote, code
    int level = 0;                   // heading level 1..6 (0 = not a heading)
    bool ordered = false;            // list: numbered or bulleted
    std::vector<std::string> items;  // list items
    std::vector<std::vector<std::string>> rows;  // table rows of cells
};

struct RelatedLink {
    std::string kicker;
    std::string title;
    std::string summary;
    std::string href;
    std::optional<int> reading_minutes;
};

// Facts about the input itself, written into the output so that nothing the
// normalizer repaired or dropped goes unreported.
struct Provenance {
    std::string format = "text";      // "text" or "html"
    std::size_t input_bytes = 0;
    std::size_t invalid_utf8_sequences = 0;  // replaced by U+FFFD
    std::size_t removed_controls = 0;        // NUL and other XML-forbidden characters
};

struct Article {
    std::string headline;
    std::string published;  // ISO 8601: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][Z|±hh:mm]
    std::string updated;    // same form; empty when unknown
    std::vector<std::string> authors;
    std::string publisher;
    std::string language;   // BCP 47, e.g. "en"; empty when undetermined
    std::string description;
    std::vector<std::string> tags;
    std::vector<Figure> figures;
    std::vector<BodyBlock> body;
    std::vector<RelatedLink> related;
    Provenance provenance;
};

}  // namespace artnorm
